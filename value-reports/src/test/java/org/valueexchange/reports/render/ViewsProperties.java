package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.portfolio.AccountSummary;
import org.valueexchange.core.portfolio.PortfolioOverview;
import org.valueexchange.reports.Fixture;

/** The index's quick ways give what the plain ways they replaced give. */
class ViewsProperties {

    private static final List<AccountSummary> ACCOUNTS = Fixture.load().portfolio().review(Fixture.AS_OF)
            .overview().accounts();
    private static final List<String> NAMES = List.of("Aardvark", "Zebra", "Middling", "Spiral Foods");

    /** One edit of a portfolio: an account's balance, its last review, its name, or the account gone or back. */
    private record Edit(int account, int kind, int value) {

        List<AccountSummary> apply(List<AccountSummary> accounts) {
            List<AccountSummary> edited = new ArrayList<>(accounts);
            AccountSummary a = edited.get(account % edited.size());
            AccountSummary changed = switch (kind) {
                case 0 -> new AccountSummary(a.id(), a.name(), a.segment(), a.discount(), a.scores(), a.quadrant(),
                        new BalanceIndex(Optional.of(new BigDecimal(value - 10).movePointLeft(1))), a.status(),
                        a.declaredTier(), a.overTiered(), a.alerts(), a.lastReview(), a.overdueActions());
                case 1 -> new AccountSummary(a.id(), a.name(), a.segment(), a.discount(), a.scores(), a.quadrant(),
                        a.balance(), a.status(), a.declaredTier(), a.overTiered(), a.alerts(),
                        Optional.of(Fixture.AS_OF.minusDays(value * 20L)), a.overdueActions());
                case 2 -> new AccountSummary(a.id(), NAMES.get(value % NAMES.size()), a.segment(), a.discount(),
                        a.scores(), a.quadrant(), a.balance(), a.status(), a.declaredTier(), a.overTiered(),
                        a.alerts(), a.lastReview(), a.overdueActions());
                default -> null;
            };
            if (changed != null) {
                edited.set(account % edited.size(), changed);
            } else if (edited.size() > 1) {
                edited.remove(account % edited.size());
            }
            return edited;
        }
    }

    @Test
    void indexPagesAfterAnyRunOfEditsAreThoseOfAFreshRenderer() {
        // A renderer keeps the last overview's rows, their texts and their orders: whatever came
        // before, its pages are a fresh renderer's. Balances tie and cross, names tie and move.
        Gen<Edit> edits = integers().between(0, 20).zip(integers().between(0, 4), integers().between(0, 20), Edit::new);
        qt().withExamples(40).forAll(lists().of(edits).ofSizeBetween(1, 6)).checkAssert(run -> {
            try {
                Renderer renderer = Renderer.create(Optional.empty());
                List<AccountSummary> accounts = ACCOUNTS;
                renderer.indexPages(overview(accounts));
                for (Edit edit : run) {
                    // An account removed comes back at the next edit of another kind.
                    accounts = edit.kind() == 4 ? ACCOUNTS : edit.apply(accounts);
                    PortfolioOverview overview = overview(accounts);
                    assertThat(renderer.indexPages(overview))
                            .isEqualTo(Renderer.create(Optional.empty()).indexPages(overview));
                }
            } catch (RenderException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static PortfolioOverview overview(List<AccountSummary> accounts) {
        var settings = Fixture.load().portfolio().settings();
        return PortfolioOverview.of(settings, Fixture.AS_OF, accounts);
    }

    /** What {@link Views#shortName} was: the words of a regular-expression split. */
    private static String shortNameByRegex(String name) {
        String[] words = name.trim().split("\\s+");
        String label = words[0].length() < 4 && words.length > 1 ? words[0] + " " + words[1] : words[0];
        return label.length() > 16 ? label.substring(0, 15) + "…" : label;
    }

    @Test
    void shortNamesAreTheFirstWordsOfARegularExpressionSplit() {
        // Names of letters and every kind of white space and control character, words short and long.
        Gen<String> names = strings().betweenCodePoints(0, 0x40).ofLengthBetween(0, 30)
                .map(s -> s.replace('0', 'a').replace('1', 'b').replace('2', 'c').replace('3', 'd')
                        .replace('4', 'e').replace('5', 'f').replace('6', 'g').replace('7', 'h'));
        qt().forAll(names).checkAssert(name -> assertThat(Views.shortName(name)).isEqualTo(shortNameByRegex(name)));
        for (String name : List.of("", " ", "Acme", "Acme Corp", "AB Foods Ltd", "  AB \t\u000B Foods ",
                "A\u0001 b", "ab \u0001", "Extraordinarily-long-name Ltd", "\u00a0AB Foods", "AB\u00a0Foods x")) {
            assertThat(Views.shortName(name)).as(name).isEqualTo(shortNameByRegex(name));
        }
    }

    @Test
    void theMostSevereFindingsAreAStableSortBySeverityCutShort() {
        Gen<Alert> alerts = integers().between(0, Code.values().length - 1).zip(integers().between(0, 2),
                integers().between(0, 99), (code, severity, n) -> new Alert(Code.values()[code],
                        Severity.values()[severity], Optional.of("a" + n), "message " + n, "action", Optional.empty()));
        qt().forAll(lists().of(alerts).ofSizeBetween(0, 60), integers().between(0, 70)).checkAssert((all, max) ->
                assertThat(Views.mostSevere(all, max)).containsExactlyElementsOf(all.stream()
                        .sorted(Comparator.comparing((Alert a) -> -a.severity().ordinal())).limit(max).toList()));
    }
}
