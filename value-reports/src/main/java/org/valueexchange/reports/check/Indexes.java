package org.valueexchange.reports.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.valueexchange.core.balance.BalanceIndex;

/** How balance indexes read in check reports. */
final class Indexes {

    /** Decimal places of an index in machine-readable output. */
    static final int SCALE = 4;

    private Indexes() {
    }

    /** Rounded half-even to {@link #SCALE} places; empty when there is no evidence. */
    static Optional<BigDecimal> exact(BalanceIndex index) {
        return index.value().map(v -> v.setScale(SCALE, RoundingMode.HALF_EVEN));
    }
}
