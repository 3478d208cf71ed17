package org.valueexchange.core.account;

import java.util.Locale;

/** What kind of meeting an account review was. */
public enum ReviewKind {
    /** A quarterly business review with the customer. */
    QBR("quarterly business review"),
    /** An executive business review, with executives of both sides. */
    EBR("executive business review"),
    /** The yearly review of the account plan with the customer. */
    ANNUAL("annual plan review"),
    /** A shorter check-in with the customer. */
    CHECK_IN("check-in"),
    /** The vendor's own team, without the customer. */
    INTERNAL("internal review");

    private final String words;

    ReviewKind(String words) {
        this.words = words;
    }

    /** The name used in plans, e.g. {@code "check-in"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The kind in words, e.g. {@code "quarterly business review"}. */
    public String words() {
        return words;
    }
}
