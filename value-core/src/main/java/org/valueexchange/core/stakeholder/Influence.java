package org.valueexchange.core.stakeholder;

import java.util.Locale;

/** How much a stakeholder's word weighs in the customer's decisions, least first. */
public enum Influence {
    LOW,
    MEDIUM,
    HIGH;

    /** The name used in plans, e.g. {@code "high"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT);
}
