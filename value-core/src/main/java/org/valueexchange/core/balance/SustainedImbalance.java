package org.valueexchange.core.balance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.ledger.Period;

/**
 * The latest periods of a relationship all out of band on the same side: the pattern that
 * precedes churn (customer underserved) or a death spiral (vendor over-investing).
 *
 * @param side    the side the periods are out of band on
 * @param periods the periods, oldest first
 */
public record SustainedImbalance(EquilibriumStatus side, List<Period> periods) {

    public SustainedImbalance {
        Objects.requireNonNull(side, "side");
        periods = List.copyOf(periods);
        if (!side.isImbalanced()) {
            throw new IllegalArgumentException("a sustained imbalance is out of band, not " + side.words());
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a sustained imbalance spans at least one period");
        }
    }

    /**
     * The imbalance of the latest {@code count} periods, if all are out of band on one side.
     * The series must be consecutive periods in order, as {@code Ledger.byPeriod} gives them.
     */
    public static Optional<SustainedImbalance> detect(List<PeriodBalance> series, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        if (series.size() < count) {
            return Optional.empty();
        }
        List<PeriodBalance> latest = series.subList(series.size() - count, series.size());
        EquilibriumStatus side = latest.get(0).status();
        if (!side.isImbalanced() || latest.stream().anyMatch(p -> p.status() != side)) {
            return Optional.empty();
        }
        return Optional.of(new SustainedImbalance(side, latest.stream().map(PeriodBalance::period).toList()));
    }
}
