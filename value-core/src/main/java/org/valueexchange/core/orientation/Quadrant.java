package org.valueexchange.core.orientation;

import java.util.Locale;

/** The four quadrants of the Customer Value Orientation Matrix. */
public enum Quadrant {
    /** Values neither the vendor's expertise nor the relationship: buys on price and delivery. */
    TRANSACTIONAL(false, false),
    /** Values the vendor's expertise, data and network. */
    INTELLECTUAL(true, false),
    /** Values trust and loyalty. */
    EMOTIONAL(false, true),
    /** Values both: a candidate for strategic partnership. */
    PARTNERSHIP(true, true);

    private final boolean intellectual;
    private final boolean emotional;

    Quadrant(boolean intellectual, boolean emotional) {
        this.intellectual = intellectual;
        this.emotional = emotional;
    }

    public static Quadrant of(Scores scores, Threshold threshold) {
        boolean i = threshold.isHigh(scores.intellectual());
        boolean e = threshold.isHigh(scores.emotional());
        return i ? (e ? PARTNERSHIP : INTELLECTUAL) : (e ? EMOTIONAL : TRANSACTIONAL);
    }

    /** 0 for transactional, 1 for intellectual or emotional, 2 for partnership. */
    public int rank() {
        return (intellectual ? 1 : 0) + (emotional ? 1 : 0);
    }

    /**
     * Whether this quadrant is at least {@code other} in the matrix's partial order: it
     * values the vendor on every axis that {@code other} does.
     */
    public boolean covers(Quadrant other) {
        return (intellectual || !other.intellectual) && (emotional || !other.emotional);
    }

    /** The name used in plans and reports, e.g. {@code "partnership"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT);
}
