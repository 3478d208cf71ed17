package org.valueexchange.core.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts read in words and on pages. */
public final class Amounts {

    private Amounts() {
    }

    /**
     * A setting such as a tolerance, exactly as set and with at least two places: 0.2 reads
     * {@code 0.20}, 0.125 reads {@code 0.125} (never rounded, so that a figure compared with it
     * reads on the side of it that the comparison found).
     */
    public static String setting(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        return exact.setScale(Math.max(2, exact.scale())).toPlainString();
    }

    /**
     * {@code amount} in whole units, rounded half-even, with a comma between groups of three
     * digits: {@code -1234567.5} reads {@code -1,234,568}. The same text as
     * {@code String.format(Locale.ROOT, "%,d", ...)}, without that method's format parsing and
     * locale lookups, which cost more than the rest of a page's figures together.
     */
    public static String grouped(BigDecimal amount) {
        BigDecimal whole = amount.setScale(0, RoundingMode.HALF_EVEN);
        // Up to 18 digits the value fits a long, whose text needs no BigInteger.
        String digits = whole.precision() <= 18 ? Long.toString(whole.longValue())
                : whole.toBigIntegerExact().toString();
        int sign = digits.startsWith("-") ? 1 : 0;
        int length = digits.length() - sign;
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, sign);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(sign + i));
        }
        return out.toString();
    }
}
