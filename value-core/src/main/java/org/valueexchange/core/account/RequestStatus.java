package org.valueexchange.core.account;

import java.util.Locale;

/** Where a discount request stands. */
public enum RequestStatus {
    OPEN,
    ACCEPTED,
    REJECTED,
    WITHDRAWN;

    /** The name used in plans, e.g. {@code "open"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT);
}
