package org.valueexchange.core.stakeholder;

import java.util.Locale;

/** Which organisation a stakeholder belongs to. */
public enum Side {
    CUSTOMER,
    VENDOR;

    /** The name used in plans, e.g. {@code "customer"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
