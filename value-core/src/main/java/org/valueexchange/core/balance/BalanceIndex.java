package org.valueexchange.core.balance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code B = (R - G) / (R + G)}: +1 when the vendor only receives, -1 when it only gives,
 * 0 in perfect balance. Undefined, "no evidence", when nothing flowed either way.
 *
 * <p>Computed to 16 significant digits, rounding half-even, which is symmetric: swapping R
 * and G gives exactly {@code -B}, and scaling both by one factor gives exactly {@code B}.
 */
public record BalanceIndex(Optional<BigDecimal> value) {

    public static final MathContext PRECISION = MathContext.DECIMAL64;
    public static final BalanceIndex NO_EVIDENCE = new BalanceIndex(Optional.empty());

    public BalanceIndex {
        Objects.requireNonNull(value, "value");
        value.ifPresent(b -> {
            if (b.abs().compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a balance index lies in [-1, 1], was " + b);
            }
        });
    }

    /** The index of what the vendor {@code received} (R) against what it {@code given} (G). */
    public static BalanceIndex of(BigDecimal received, BigDecimal given) {
        BigDecimal sum = received.add(given);
        if (sum.signum() == 0) {
            return NO_EVIDENCE;
        }
        return new BalanceIndex(Optional.of(received.subtract(given).divide(sum, PRECISION)));
    }

    public boolean hasEvidence() {
        return value.isPresent();
    }

    /**
     * The index as findings, pages and reports show it: signed, to two places, rounding
     * half-even ({@code +0.12}, {@code -0.40}, {@code 0.00}); {@code n/a} without evidence.
     */
    public String words() {
        return value.map(BalanceIndex::words).orElse("n/a");
    }

    /** {@code value} as {@link #words()} shows an index: signed, to two places. */
    private static String words(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    public BalanceIndex negate() {
        return new BalanceIndex(value.map(BigDecimal::negate));
    }
}
