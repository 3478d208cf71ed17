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
        return name().toLowerCase(Locale.ROOT);
    }
}
