package org.valueexchange.reports.render;

import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Quantity;

/**
 * An account page's exchange table: its rows as HTML, written here rather than in
 * {@code account.html}, and the same exchanges as the maps a template of the user's own lists.
 *
 * <p>Why in Java: the table is most of an account page's rows (fifty exchanges to a plan in the
 * benchmark's portfolio), and the template language's work per cell (looking the value up,
 * wrapping it, three checks against interfaces, escaping) took a tenth of a 10,000-account
 * build; written here, the same bytes cost a fifth of that (BENCHMARKS.md, "Seventeenth
 * session"). Every text from the plan is escaped by {@link HtmlOutputFormat#escape}, as the
 * template's interpolations escape it, so the page is byte for byte what the template wrote.
 */
final class ExchangeTable {

    /**
     * Exchanges by date. Written out: {@code Comparator.comparing(Exchange::date)} casts each
     * date to {@code Comparable} and then to {@code ChronoLocalDate}, two checks against an
     * interface that Java 17's quick compiler answers by a search every time they alternate.
     */
    private static final Comparator<Exchange> BY_DATE = (x, y) -> x.date().compareTo(y.date());

    private final List<Cells> rows;

    private ExchangeTable(List<Cells> rows) {
        this.rows = rows;
    }

    /** The table of {@code a}'s exchanges, by date (the plan's order among those of one day). */
    static ExchangeTable of(Account a, String currency) {
        return new ExchangeTable(a.ledger().exchanges().stream().sorted(BY_DATE)
                .map(e -> Cells.of(e, a, currency)).toList());
    }

    /**
     * The rows as {@code account.html} shows them: per exchange, {@code <tr>} with the date, the
     * flow, the kind, the value (and the units, when the exchange counts them) and the note.
     */
    HtmlOutputFormat.Markup html() {
        StringBuilder html = new StringBuilder(rows.size() * 128);
        for (Cells row : rows) {
            html.append("<tr><td>").append(HtmlOutputFormat.escape(row.date()))
                    .append("</td><td>").append(HtmlOutputFormat.escape(row.direction()))
                    .append("</td><td>").append(HtmlOutputFormat.escape(row.kind()))
                    .append("</td><td class=\"num\">").append(HtmlOutputFormat.escape(row.value()));
            if (!row.units().isEmpty()) {
                html.append(" <span class=\"muted\">(").append(HtmlOutputFormat.escape(row.units())).append(")</span>");
            }
            html.append("</td><td>").append(HtmlOutputFormat.escape(row.note())).append("</td></tr>");
        }
        // Escaped above, and every character beyond ASCII with it: already what markup() makes.
        return new HtmlOutputFormat.Markup(null, html.toString());
    }

    /**
     * The rows as maps of {@code date}, {@code direction}, {@code kind}, {@code value},
     * {@code units} and {@code note}, each made when a template reads it: the built-in template
     * shows {@link #html()} and never does.
     */
    List<Object> maps() {
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                return rows.get(index).map();
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
    }

    /** What a row shows, each cell worded. */
    private record Cells(String date, String direction, String kind, String value, String units, String note) {

        static Cells of(Exchange e, Account a, String currency) {
            return new Cells(e.date().toString(), e.direction() == Direction.TO_CUSTOMER ? "given" : "received",
                    e.kind().id(), Figures.money(a.ledger().valueOf(e), currency),
                    e.quantity() instanceof Quantity.Units u ? Figures.units(u.value()) : "", e.note().orElse(""));
        }

        Map<String, Object> map() {
            return Views.map("date", date, "direction", direction, "kind", kind, "value", value, "units", units,
                    "note", note);
        }
    }
}
