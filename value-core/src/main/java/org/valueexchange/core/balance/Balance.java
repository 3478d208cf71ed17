package org.valueexchange.core.balance;

import java.math.BigDecimal;
import java.util.Objects;
import org.valueexchange.core.ledger.Totals;

/**
 * The balance of a ledger or a period: what went each way, the index, and its status.
 *
 * @param received R, value the vendor received
 * @param given    G, value the vendor gave
 * @param index    {@code (R - G) / (R + G)}
 * @param status   the index against the band
 */
public record Balance(BigDecimal received, BigDecimal given, BalanceIndex index, EquilibriumStatus status) {

    public Balance {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(status, "status");
    }

    public static Balance of(BigDecimal received, BigDecimal given, Band band) {
        BalanceIndex index = BalanceIndex.of(received, given);
        return new Balance(received, given, index, band.status(received, given));
    }

    public static Balance of(Totals totals, Band band) {
        return of(totals.received(), totals.given(), band);
    }
}
