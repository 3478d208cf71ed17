package org.valueexchange.core.stakeholder;

import java.util.Locale;

/** Where a stakeholder stands towards the vendor, most favourable first. */
public enum Stance {
    /** Wants the vendor to win and sells for it when it is not in the room. */
    CHAMPION,
    /** Favourable, but will not spend their own capital on it. */
    SUPPORTER,
    /** Neither for nor against. */
    NEUTRAL,
    /** Against the vendor, or for a competitor. */
    DETRACTOR;

    /** The name used in plans, e.g. {@code "champion"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT);
}
