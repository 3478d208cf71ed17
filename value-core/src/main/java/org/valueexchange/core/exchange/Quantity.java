package org.valueexchange.core.exchange;

import java.math.BigDecimal;
import java.util.Objects;

/** How much of something flowed: money in the account's currency, or units priced by a rate card. */
public sealed interface Quantity permits Quantity.Money, Quantity.Units {

    BigDecimal value();

    static Money money(BigDecimal amount) {
        return new Money(amount);
    }

    static Units units(BigDecimal count) {
        return new Units(count);
    }

    /** An amount in the account's currency. */
    record Money(BigDecimal value) implements Quantity {
        public Money {
            requireNonNegative(value, "amount");
        }
    }

    /** A count of a non-monetary kind (introductions, hours, referrals), valued by a {@link RateCard}. */
    record Units(BigDecimal value) implements Quantity {
        public Units {
            requireNonNegative(value, "units");
        }
    }

    private static void requireNonNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, was " + value.toPlainString());
        }
    }
}
