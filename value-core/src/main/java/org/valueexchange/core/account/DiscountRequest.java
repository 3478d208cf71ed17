package org.valueexchange.core.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request for an extra discount, usually from procurement.
 *
 * @param date     when it was made
 * @param by       who made it, e.g. procurement
 * @param discount the extra discount asked for, in {@code [0, 1]}
 * @param status   where it stands
 */
public record DiscountRequest(LocalDate date, String by, BigDecimal discount, RequestStatus status) {

    public DiscountRequest {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(status, "status");
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("discount must be in [0, 1], was " + discount.toPlainString());
        }
    }
}
