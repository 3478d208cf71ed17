package org.valueexchange.core.parity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An account whose discount is far from its segment's norm.
 *
 * @param accountId the account
 * @param discount  its discount
 * @param median    the segment's median discount
 * @param deviation {@code discount - median}
 */
public record ParityOutlier(String accountId, BigDecimal discount, BigDecimal median, BigDecimal deviation) {

    public ParityOutlier {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(deviation, "deviation");
    }
}
