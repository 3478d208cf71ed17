package org.valueexchange.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.exchange.RateCard;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.orientation.Scores;

/** Generators for realistic ledgers: mostly money, some units, over three years. */
public final class Generators {

    /** Rates for the kinds that plans usually give in units. */
    public static final RateCard RATES = new RateCard(Map.of(
            Kind.ACCESS, new BigDecimal("5000"), Kind.REFERRAL, new BigDecimal("20000"),
            Kind.FEEDBACK, new BigDecimal("1000"), Kind.TIME, new BigDecimal("500")));

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private Generators() {
    }

    /** Money from 0.00 to 1,000,000.00, in pence. */
    public static Gen<BigDecimal> amounts() {
        return longs().between(0, 100_000_000L).map(pence -> BigDecimal.valueOf(pence, 2));
    }

    /** Strictly positive amounts, for factors and the like. */
    public static Gen<BigDecimal> positiveAmounts() {
        return longs().between(1, 100_000_000L).map(pence -> BigDecimal.valueOf(pence, 2));
    }

    public static Gen<LocalDate> dates() {
        return integers().between(0, 3 * 366).map(START::plusDays);
    }

    public static Gen<Exchange> exchanges() {
        Gen<Kind> kinds = Generate.enumValues(Kind.class);
        Gen<Direction> directions = Generate.enumValues(Direction.class);
        Gen<Exchange> money = dates().zip(directions, kinds, amounts(),
                (date, direction, kind, amount) -> new Exchange(date, direction, kind, Quantity.money(amount)));
        Gen<Kind> rated = Generate.pick(List.copyOf(RATES.rates().keySet()));
        Gen<Exchange> units = dates().zip(directions, rated, integers().between(0, 20),
                (date, direction, kind, n) -> new Exchange(date, direction, kind,
                        Quantity.units(BigDecimal.valueOf(n)), Optional.of("units")));
        return money.mix(units, 20);
    }

    public static Gen<List<Exchange>> exchangeLists() {
        return lists().of(exchanges()).ofSizeBetween(0, 60);
    }

    public static Gen<Ledger> ledgers() {
        return exchangeLists().map(list -> new Ledger(list, RATES));
    }

    /** Scores from 0.0 to 10.0 in tenths. */
    public static Gen<BigDecimal> scores() {
        return integers().between(0, 100).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }

    public static Gen<Scores> scorePairs() {
        return scores().zip(scores(), Scores::new);
    }

    /** Tolerances from 0.00 to 0.95. */
    public static Gen<BigDecimal> tolerances() {
        return integers().between(0, 95).map(hundredths -> BigDecimal.valueOf(hundredths, 2));
    }
}
