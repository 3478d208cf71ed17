package org.valueexchange.core.balance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The tolerance around perfect balance within which a relationship is in equilibrium.
 *
 * @param tolerance in {@code [0, 1)}; 0 means only perfect balance is in equilibrium
 */
public record Band(BigDecimal tolerance) {

    public static final Band DEFAULT = new Band(new BigDecimal("0.20"));

    public Band {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), was " + tolerance.toPlainString());
        }
    }

    /**
     * The status of what the vendor {@code received} (R) against what it {@code given} (G),
     * decided exactly: {@code |R - G| <= t (R + G)} is in equilibrium, whatever the index's
     * rounding to its sixteen digits would say of a balance on the band's edge.
     */
    public EquilibriumStatus status(BigDecimal received, BigDecimal given) {
        BigDecimal sum = received.add(given);
        if (sum.signum() == 0) {
            return EquilibriumStatus.NO_EVIDENCE;
        }
        BigDecimal difference = received.subtract(given);
        BigDecimal edge = tolerance.multiply(sum);
        if (difference.compareTo(edge) > 0) {
            return EquilibriumStatus.CUSTOMER_UNDERSERVED;
        }
        if (difference.compareTo(edge.negate()) < 0) {
            return EquilibriumStatus.VENDOR_OVERINVESTING;
        }
        return EquilibriumStatus.IN_EQUILIBRIUM;
    }

    /** The status of a balance whose index is {@code index} (rounded as the index is). */
    public EquilibriumStatus status(BalanceIndex index) {
        if (index.value().isEmpty()) {
            return EquilibriumStatus.NO_EVIDENCE;
        }
        BigDecimal b = index.value().get();
        if (b.compareTo(tolerance) > 0) {
            return EquilibriumStatus.CUSTOMER_UNDERSERVED;
        }
        if (b.compareTo(tolerance.negate()) < 0) {
            return EquilibriumStatus.VENDOR_OVERINVESTING;
        }
        return EquilibriumStatus.IN_EQUILIBRIUM;
    }
}
