package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.exchange.RateCard;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.portfolio.Portfolio;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.plan.LoadedPortfolio;

/**
 * The exchange table's rows, written in Java ({@code exchangeRows}), are byte for byte what the
 * template language writes from {@code exchanges} with the markup {@code account.html} had for
 * them, whatever the notes, kinds, amounts and units: so a template of the user's own can still
 * lay the exchanges out itself, and the built-in page escapes them as every interpolation does.
 */
class ExchangeTableProperties {

    /** The rows as account.html wrote them before they were written in Java; then the Java rows. */
    private static final String BOTH = "<#list exchanges as e><tr><td>${e.date}</td><td>${e.direction}</td>"
            + "<td>${e.kind}</td><td class=\"num\">${e.value}<#if e.units?has_content> <span class=\"muted\">"
            + "(${e.units})</span></#if></td><td>${e.note}</td></tr></#list>\n---\n${exchangeRows}";

    private static final LoadedPortfolio LOADED = Fixture.load();
    private static final Account BASE = LOADED.portfolio().accounts().get(0);
    /** A rate for every kind, so that any kind may be given in units. */
    private static final RateCard RATES = new RateCard(java.util.Arrays.stream(Kind.values())
            .collect(java.util.stream.Collectors.toMap(k -> k, k -> new BigDecimal("150.25"))));

    @TempDir
    Path templates;

    private Renderer both() throws RenderException {
        try {
            Files.writeString(templates.resolve("account.html"), BOTH);
            return Renderer.create(Optional.of(templates));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] halves(Renderer renderer, List<Exchange> exchanges) throws RenderException {
        Account account = new Account(BASE.id(), BASE.name(), BASE.segment(), BASE.owner(), BASE.currency(),
                BASE.orientation(), BASE.tier(), BASE.sponsors(), BASE.pricing(),
                new Ledger(exchanges, RATES), BASE.reviews(), BASE.stakeholders(),
                BASE.objectives());
        PortfolioReview review = new Portfolio(LOADED.portfolio().settings(), List.of(account)).review(Fixture.AS_OF);
        String page = renderer.accountHtml(review, review.accounts().get(0), LOADED.source(BASE.id()));
        return page.split("\n---\n", -1);
    }

    @Test
    void theRowsAreWhatTheTemplateLanguageWritesFromTheExchanges() throws RenderException {
        Renderer renderer = both();
        // Notes of any characters: markup, quotes, ampersands, beyond ASCII, lone surrogates.
        Gen<String> notes = strings().betweenCodePoints(0x20, 0x10FFFF).ofLengthBetween(0, 12)
                .mix(strings().allPossible().ofLengthBetween(0, 6))
                .mix(lists().of(integers().between(0, 7)).ofSizeBetween(0, 8).map(picks -> {
                    StringBuilder note = new StringBuilder();
                    picks.forEach(i -> note.append(List.of("<", ">", "&", "\"", "'", "\u2014", "\ud83d\ude00", "a b").get(i)));
                    return note.toString();
                }));
        Gen<Exchange> exchanges = integers().between(0, 800).zip(integers().between(0, Kind.values().length - 1),
                integers().between(0, 2_000_000), integers().between(0, 3), notes, (day, kind, amount, shape, note) ->
                        new Exchange(LocalDate.of(2024, 1, 1).plusDays(day),
                                shape % 2 == 0 ? Direction.TO_CUSTOMER : Direction.TO_VENDOR, Kind.values()[kind],
                                shape < 2 ? Quantity.money(BigDecimal.valueOf(amount, 2))
                                        : Quantity.units(BigDecimal.valueOf(amount % 40, amount % 2)),
                                note.isEmpty() ? Optional.empty() : Optional.of(note)));
        qt().withExamples(150).forAll(lists().of(exchanges).ofSizeBetween(0, 30)).checkAssert(list -> {
            try {
                String[] halves = halves(renderer, list);
                assertThat(halves).hasSize(2);
                assertThat(halves[1]).isEqualTo(halves[0]);
                assertThat(halves[1].split("<tr>", -1)).hasSize(list.size() + 1);
            } catch (RenderException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theRowsAreByDateEscapedAndPlainAscii() throws RenderException {
        List<Exchange> exchanges = List.of(
                new Exchange(LocalDate.of(2025, 3, 1), Direction.TO_VENDOR, Kind.REVENUE,
                        Quantity.money(new BigDecimal("1234.5")), Optional.of("<script>alert('x')</script> & \u2014")),
                new Exchange(LocalDate.of(2025, 1, 15), Direction.TO_CUSTOMER, Kind.PRODUCT,
                        Quantity.units(new BigDecimal("2")), Optional.empty()));
        String rows = halves(both(), exchanges)[1];
        String currency = BASE.currency().getCurrencyCode();
        assertThat(rows).isEqualTo("<tr><td>2025-01-15</td><td>given</td><td>product</td><td class=\"num\">"
                + currency + " 300 <span class=\"muted\">(2 units)</span></td><td></td></tr>"
                + "<tr><td>2025-03-01</td><td>received</td><td>revenue</td><td class=\"num\">"
                + currency + " 1,234</td>"
                + "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#8212;</td></tr>");
        assertThat(rows.chars()).allMatch(c -> c < 0x80);
    }

    @Test
    void theBuiltInPageShowsTheRows() throws RenderException {
        PortfolioReview review = LOADED.portfolio().review(Fixture.AS_OF);
        String page = Renderer.create(Optional.empty()).accountHtml(review, review.accounts().get(0),
                LOADED.source(review.accounts().get(0).id()));
        String table = page.substring(page.indexOf("<table class=\"exchanges\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table.split("<tr><td>", -1)).hasSize(BASE.ledger().exchanges().size() + 1);
    }
}
