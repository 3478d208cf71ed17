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
     * The index signed, to two places, rounding half-even ({@code +0.12}, {@code -0.40},
     * {@code 0.00}); {@code n/a} without evidence. Beside a status, findings, pages and reports
     * show {@link #words(Band, EquilibriumStatus)}, which takes more places near the band's edge.
     */
    public String words() {
        return value.map(BalanceIndex::words).orElse("n/a");
    }

    /**
     * The index as {@link #words()} shows it, but with as many more places as it takes for the
     * figure to read as on the side of {@code band}'s edge that {@code status} is: a balance just
     * out of a band of ±0.20 reads {@code -0.202}, not {@code -0.20} beside "vendor over-investing"
     * (the fewest places from two that do).
     * When no rounding of the sixteen digits reads so (a balance within 10<sup>-16</sup> of the
     * edge), all sixteen are shown.
     */
    public String words(Band band, EquilibriumStatus status) {
        if (value.isEmpty()) {
            return "n/a";
        }
        BigDecimal b = value.get();
        for (int places = 2; places < b.scale(); places++) {
            BigDecimal rounded = b.setScale(places, RoundingMode.HALF_EVEN);
            if (band.status(new BalanceIndex(Optional.of(rounded))) == status) {
                return signed(rounded);
            }
        }
        return signed(b.scale() < 2 ? b.setScale(2) : b);
    }

    /** {@code value} as {@link #words()} shows an index: signed, to two places. */
    private static String words(BigDecimal value) {
        return signed(value.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }

    public BalanceIndex negate() {
        return new BalanceIndex(value.map(BigDecimal::negate));
    }
}
