package org.valueexchange.reports.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.valueexchange.core.exchange.Amounts;

/**
 * How figures read on pages: money in whole units with separators. Indexes read as
 * {@code BalanceIndex.words()} shows them.
 */
final class Figures {

    private Figures() {
    }

    static String money(BigDecimal amount, String currency) {
        return currency + " " + amount(amount);
    }

    static String amount(BigDecimal amount) {
        return Amounts.grouped(amount);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }

    /** A tolerance or a threshold: as {@link Amounts#setting} shows it. */
    static String setting(BigDecimal value) {
        return Amounts.setting(value);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A count of units: "1 unit", "2 units", "0.5 units". */
    static String units(BigDecimal count) {
        return plain(count) + (count.compareTo(BigDecimal.ONE) == 0 ? " unit" : " units");
    }
}
