package org.valueexchange.core.ledger;

import java.time.LocalDate;
import java.util.Locale;

/** How a ledger is cut into periods. */
public enum Granularity {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The period that holds {@code date}. */
    public Period periodOf(LocalDate date) {
        int startMonth = (date.getMonthValue() - 1) / months * months + 1;
        return new Period(this, LocalDate.of(date.getYear(), startMonth, 1));
    }

    /** The name used in settings, e.g. {@code "quarter"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT);
}
