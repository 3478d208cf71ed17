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
 * @param band     the band the status was decided against
 */
public record Balance(BigDecimal received, BigDecimal given, BalanceIndex index, EquilibriumStatus status,
                      Band band) {

    public Balance {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(band, "band");
    }

    /**
     * The index as pages and findings show it beside the status: to two places, or more where
     * two would put it on the other side of the band's edge ({@link BalanceIndex#words(Band,
     * EquilibriumStatus)}).
     */
    public String indexWords() {
        return index.words(band, status);
    }

    public static Balance of(BigDecimal received, BigDecimal given, Band band) {
        BalanceIndex index = BalanceIndex.of(received, given);
        return new Balance(received, given, index, band.status(received, given), band);
    }

    public static Balance of(Totals totals, Band band) {
        return of(totals.received(), totals.given(), band);
    }
}
