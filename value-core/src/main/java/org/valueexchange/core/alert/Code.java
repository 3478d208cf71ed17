package org.valueexchange.core.alert;

import java.util.Locale;

/** The kinds of finding, each with its usual severity. */
public enum Code {
    /** Nothing flowed either way: the plan has no evidence to judge by. */
    NO_EVIDENCE(Severity.INFO),
    /** The whole ledger is out of band, but not for the latest periods in a row. */
    OUT_OF_EQUILIBRIUM(Severity.WARNING),
    /** The latest periods are all out of band on the same side. */
    SUSTAINED_IMBALANCE(Severity.ERROR),
    /** An open discount request would push the vendor out of band. */
    DISCOUNT_BREAKS_EQUILIBRIUM(Severity.WARNING),
    /** The declared tier is above what the evidence supports. */
    OVER_TIERED(Severity.WARNING),
    /** More accounts are declared at a tier than the vendor can afford. */
    TIER_OVER_CAPACITY(Severity.ERROR),
    /** The account's discount is far from its segment's norm. */
    PARITY_OUTLIER(Severity.WARNING);

    private final Severity severity;

    Code(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The code used in machine-readable output, e.g. {@code "sustained-imbalance"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
