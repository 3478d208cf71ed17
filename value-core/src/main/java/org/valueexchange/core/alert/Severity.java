package org.valueexchange.core.alert;

import java.util.Locale;

/** How much a finding matters, least first. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** The name used in machine-readable output, e.g. {@code "warning"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT);
}
