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
    PARITY_OUTLIER(Severity.WARNING),
    /** No review within {@code review_days} of the as-of date. */
    STALE_PLAN(Severity.WARNING),
    /** A high-influence customer stakeholder not contacted within {@code contact_days}. */
    STALE_CONTACT(Severity.WARNING),
    /** No customer stakeholder is listed: champions, breadth and contact cannot be judged. */
    NO_STAKEHOLDERS(Severity.INFO),
    /** Customer stakeholders are listed, but none is a champion. */
    NO_CHAMPION(Severity.WARNING),
    /** Only one customer stakeholder: the relationship hangs on one person. */
    SINGLE_THREADED(Severity.WARNING),
    /** An action is past its due date and not done. */
    OVERDUE_ACTION(Severity.WARNING),
    /** An objective is marked off track, or is past its due date and not done. */
    OBJECTIVE_OFF_TRACK(Severity.WARNING),
    /** Sustained over-investment in a transactional customer with no champion: one to stop investing in. */
    QUALIFY_OUT_CANDIDATE(Severity.WARNING);

    private final Severity severity;

    Code(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The code used in machine-readable output, e.g. {@code "sustained-imbalance"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');
}
