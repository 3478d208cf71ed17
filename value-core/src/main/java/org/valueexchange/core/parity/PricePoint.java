package org.valueexchange.core.parity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An account's effective discount off list price.
 *
 * @param accountId unique in the portfolio
 * @param segment   the segment its prices are compared within
 * @param discount  in {@code [0, 1]}
 */
public record PricePoint(String accountId, String segment, BigDecimal discount) {

    public PricePoint {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(discount, "discount");
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("discount must be in [0, 1], was " + discount.toPlainString());
        }
    }
}
