package org.valueexchange.core.stakeholder;

import java.util.Locale;

/** Which organisation a stakeholder belongs to. */
public enum Side {
    CUSTOMER,
    VENDOR;

    /** The name used in plans, e.g. {@code "customer"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT);
}
