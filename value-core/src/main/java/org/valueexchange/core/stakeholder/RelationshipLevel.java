package org.valueexchange.core.stakeholder;

import java.util.Locale;

/**
 * The relationship ladder: how a customer stakeholder sees the vendor, lowest rung first. A
 * vendor sells; a credible source is listened to; a problem solver is called in; a trusted
 * advisor is asked before the customer decides.
 */
public enum RelationshipLevel {
    VENDOR("vendor"),
    CREDIBLE_SOURCE("credible source"),
    PROBLEM_SOLVER("problem solver"),
    TRUSTED_ADVISOR("trusted advisor");

    private final String words;

    RelationshipLevel(String words) {
        this.words = words;
    }

    /** The name used in plans, e.g. {@code "credible-source"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The rung in words, e.g. {@code "credible source"}. */
    public String words() {
        return words;
    }

    /** The rung's number on the ladder, from 1 (vendor) to 4 (trusted advisor). */
    public int rung() {
        return ordinal() + 1;
    }
}
