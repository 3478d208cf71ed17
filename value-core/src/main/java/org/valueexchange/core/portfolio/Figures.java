package org.valueexchange.core.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.exchange.Amounts;

/**
 * How figures read in findings: tolerances to two places, money in whole units with
 * separators. Indexes read as {@link BalanceIndex#words()} shows them.
 */
final class Figures {

    private Figures() {
    }

    /** A tolerance or a threshold: as {@link Amounts#setting} shows it. */
    static String setting(BigDecimal value) {
        return Amounts.setting(value);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }

    /** A difference between two shares, in percentage points: 0.05 reads "5 points". */
    static String points(BigDecimal difference) {
        String n = difference.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return n + (n.equals("1") ? " point" : " points");
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String money(BigDecimal amount, String currency) {
        return currency + " " + Amounts.grouped(amount);
    }

    /** "1 day", "2 days". */
    static String days(long n) {
        return n + (n == 1 || n == -1 ? " day" : " days");
    }
}
