package org.valueexchange.core.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar month, quarter or year.
 *
 * @param granularity its length
 * @param start       its first day, which must be where such a period starts
 */
public record Period(Granularity granularity, LocalDate start) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % granularity.months() != 0) {
            throw new IllegalArgumentException(start + " does not start a " + granularity.id());
        }
    }

    /** The first day after this period. */
    public LocalDate endExclusive() {
        return start.plusMonths(granularity.months());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive());
    }

    public Period next() {
        return new Period(granularity, endExclusive());
    }

    /** {@code 2026-Q1}, {@code 2026-03} or {@code 2026}. */
    public String label() {
        return switch (granularity) {
            case MONTH -> start.getYear() + (start.getMonthValue() < 10 ? "-0" : "-") + start.getMonthValue();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** By start, then by length: written out, as a ledger's periods are sorted for every page. */
    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : granularity.compareTo(other.granularity);
    }

    @Override
    public String toString() {
        return label();
    }
}
