package org.valueexchange.core.exchange;

import java.util.Locale;

/**
 * The kinds of value that flow in a relationship. Each kind has the direction it usually
 * flows in, but the model does not insist on it: a vendor may, say, pass on a referral.
 */
public enum Kind {
    PRODUCT(Direction.TO_CUSTOMER),
    SUPPORT(Direction.TO_CUSTOMER),
    INSIGHT(Direction.TO_CUSTOMER),
    INNOVATION(Direction.TO_CUSTOMER),
    TRAINING(Direction.TO_CUSTOMER),
    REVENUE(Direction.TO_VENDOR),
    TIME(Direction.TO_VENDOR),
    ACCESS(Direction.TO_VENDOR),
    INFORMATION(Direction.TO_VENDOR),
    FEEDBACK(Direction.TO_VENDOR),
    REFERRAL(Direction.TO_VENDOR),
    RENEWAL(Direction.TO_VENDOR),
    TRUST(Direction.TO_VENDOR);

    private final Direction usualDirection;

    Kind(Direction usualDirection) {
        this.usualDirection = usualDirection;
    }

    public Direction usualDirection() {
        return usualDirection;
    }

    /** The name used in plans and reports, e.g. {@code "referral"}. */
    public String id() {
        return id;
    }

    /** Worked out once: pages ask for it thousands of times. */
    private final String id = name().toLowerCase(Locale.ROOT);
}
