package org.valueexchange.core.exchange;

/** Which way value flowed, seen from the vendor. */
public enum Direction {
    /** Value the vendor gives: product, support, insight, innovation, training. */
    TO_CUSTOMER,
    /** Value the vendor receives: revenue, time, access, information, feedback, referrals, trust. */
    TO_VENDOR;

    public Direction opposite() {
        return this == TO_CUSTOMER ? TO_VENDOR : TO_CUSTOMER;
    }
}
