package org.valueexchange.core.balance;

import java.util.Locale;

/** Where a balance index stands against the tolerance band. */
public enum EquilibriumStatus {
    /** {@code |B| <= tolerance}: value flows roughly equally both ways. */
    IN_EQUILIBRIUM("in equilibrium"),
    /** {@code B > tolerance}: the vendor receives much more than it gives; the customer may churn. */
    CUSTOMER_UNDERSERVED("customer underserved"),
    /** {@code B < -tolerance}: the vendor gives much more than it receives; the road to a death spiral. */
    VENDOR_OVERINVESTING("vendor over-investing"),
    /** Nothing flowed either way. */
    NO_EVIDENCE("no evidence");

    private final String words;

    EquilibriumStatus(String words) {
        this.words = words;
    }

    /** The status in words, e.g. {@code "vendor over-investing"}. */
    public String words() {
        return words;
    }

    /** The name used in machine-readable output, e.g. {@code "vendor-overinvesting"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public boolean isImbalanced() {
        return this == CUSTOMER_UNDERSERVED || this == VENDOR_OVERINVESTING;
    }

    /** The status of the same relationship seen with the two directions swapped. */
    public EquilibriumStatus mirror() {
        return switch (this) {
            case CUSTOMER_UNDERSERVED -> VENDOR_OVERINVESTING;
            case VENDOR_OVERINVESTING -> CUSTOMER_UNDERSERVED;
            default -> this;
        };
    }
}
