package org.valueexchange.core.account;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the account pays against list price.
 *
 * @param discount the effective discount off list price, in {@code [0, 1]}, if known
 * @param requests discount requests, in the plan's order
 */
public record Pricing(Optional<BigDecimal> discount, List<DiscountRequest> requests) {

    public static final Pricing NONE = new Pricing(Optional.empty(), List.of());

    public Pricing {
        Objects.requireNonNull(discount, "discount");
        discount.ifPresent(d -> {
            if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("discount must be in [0, 1], was " + d.toPlainString());
            }
        });
        requests = List.copyOf(requests);
    }
}
