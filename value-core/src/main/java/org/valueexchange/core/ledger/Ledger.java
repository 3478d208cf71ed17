package org.valueexchange.core.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.RateCard;

/**
 * The exchanges of one relationship, valued by a rate card.
 *
 * @param exchanges in the order the plan gives them (totals do not depend on it), within
 *                  {@link #MAX_SPAN_YEARS} years of each other
 * @param rateCard  values every exchange given in units
 */
public record Ledger(List<Exchange> exchanges, RateCard rateCard) {

    /**
     * How many years a ledger's exchanges may span at most: its periods run from the first
     * exchange's to the last one's, every one of them there (1,200 months at most), so that
     * two mistyped dates cannot make a review of millions of empty periods.
     */
    public static final int MAX_SPAN_YEARS = 100;

    public Ledger {
        exchanges = List.copyOf(exchanges);
        Objects.requireNonNull(rateCard, "rateCard");
        Optional<String> tooLong = spanProblem(exchanges);
        if (tooLong.isPresent()) {
            throw new IllegalArgumentException(tooLong.get());
        }
        for (Exchange exchange : exchanges) {
            if (!rateCard.canValue(exchange)) {
                throw new IllegalArgumentException("exchange of " + exchange.kind().id() + " on " + exchange.date()
                        + " is given in units, but the rate card has no rate for " + exchange.kind().id());
            }
        }
    }

    /**
     * Why {@code exchanges} cannot make a ledger for the dates they span, if they cannot: the
     * first and the last more than {@link #MAX_SPAN_YEARS} years apart.
     */
    public static Optional<String> spanProblem(List<Exchange> exchanges) {
        // A loop, not two streams: every plan of a site build comes through here twice.
        LocalDate first = null;
        LocalDate last = null;
        for (Exchange exchange : exchanges) {
            LocalDate date = exchange.date();
            if (first == null || date.isBefore(first)) {
                first = date;
            }
            if (last == null || date.isAfter(last)) {
                last = date;
            }
        }
        if (first == null || !last.isAfter(first.plusYears(MAX_SPAN_YEARS))) {
            return Optional.empty();
        }
        return Optional.of("the exchanges run from " + first + " to " + last + ", more than "
                + MAX_SPAN_YEARS + " years: a review has every period from the first to the last, so a ledger may"
                + " span " + MAX_SPAN_YEARS + " years at most; check the dates");
    }

    public static Ledger of(List<Exchange> exchanges) {
        return new Ledger(exchanges, RateCard.EMPTY);
    }

    public BigDecimal valueOf(Exchange exchange) {
        return rateCard.valueOf(exchange);
    }

    public Totals totals() {
        Totals.Sum sum = new Totals.Sum();
        for (Exchange exchange : exchanges) {
            sum.add(exchange.direction(), exchange.kind(), valueOf(exchange));
        }
        return sum.totals();
    }

    /**
     * Totals per period, for every period from the first exchange's to the last one's: a
     * period with no exchanges is there, empty, so that consecutive periods are consecutive.
     */
    public SortedMap<Period, Totals> byPeriod(Granularity granularity) {
        TreeMap<Period, Totals.Sum> sums = new TreeMap<>();
        for (Exchange exchange : exchanges) {
            sums.computeIfAbsent(granularity.periodOf(exchange.date()), p -> new Totals.Sum())
                    .add(exchange.direction(), exchange.kind(), valueOf(exchange));
        }
        TreeMap<Period, Totals> periods = new TreeMap<>();
        sums.forEach((p, sum) -> periods.put(p, sum.totals()));
        if (!periods.isEmpty()) {
            for (Period p = periods.firstKey(); p.compareTo(periods.lastKey()) < 0; p = p.next()) {
                periods.putIfAbsent(p, Totals.ZERO);
            }
        }
        return Collections.unmodifiableSortedMap(periods);
    }

    public Optional<LocalDate> lastDate() {
        return exchanges.stream().map(Exchange::date).max(LocalDate::compareTo);
    }
}
