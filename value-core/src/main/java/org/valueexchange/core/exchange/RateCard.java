package org.valueexchange.core.exchange;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The value per unit of the kinds that are not counted in money. */
public record RateCard(Map<Kind, BigDecimal> rates) {

    public static final RateCard EMPTY = new RateCard(Map.of());

    public RateCard {
        Objects.requireNonNull(rates, "rates");
        EnumMap<Kind, BigDecimal> copy = new EnumMap<>(Kind.class);
        rates.forEach((kind, rate) -> {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(rate, "rate");
            if (rate.signum() < 0) {
                throw new IllegalArgumentException("rate for " + kind.id() + " must be >= 0, was " + rate.toPlainString());
            }
            copy.put(kind, rate);
        });
        rates = Collections.unmodifiableMap(copy);
    }

    public Optional<BigDecimal> rate(Kind kind) {
        return Optional.ofNullable(rates.get(kind));
    }

    public boolean canValue(Exchange exchange) {
        return exchange.quantity() instanceof Quantity.Money || rates.containsKey(exchange.kind());
    }

    /**
     * The exchange's value in money.
     *
     * @throws IllegalArgumentException if it is given in units of a kind this card has no rate for
     */
    public BigDecimal valueOf(Exchange exchange) {
        if (exchange.quantity() instanceof Quantity.Units units) {
            BigDecimal rate = rate(exchange.kind()).orElseThrow(() -> new IllegalArgumentException(
                    "no rate for '" + exchange.kind().id() + "': give an amount, or a rate in the rate card"));
            return units.value().multiply(rate);
        }
        return exchange.quantity().value();
    }
}
