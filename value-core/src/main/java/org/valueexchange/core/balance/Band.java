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
