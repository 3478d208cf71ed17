package org.valueexchange.core.objective;

import java.util.Locale;

/** Where an objective stands, as its owner judges it. */
public enum ObjectiveStatus {
    ON_TRACK("on track"),
    AT_RISK("at risk"),
    OFF_TRACK("off track"),
    DONE("done");

    private final String words;

    ObjectiveStatus(String words) {
        this.words = words;
    }

    /** The name used in plans, e.g. {@code "off-track"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The status in words, e.g. {@code "off track"}. */
    public String words() {
        return words;
    }
}
