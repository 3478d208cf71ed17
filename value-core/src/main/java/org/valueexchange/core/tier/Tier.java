package org.valueexchange.core.tier;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A partnership tier.
 *
 * @param id       its name, lower case: letters, digits and hyphens
 * @param capacity how many accounts the vendor can afford at this tier, if limited
 * @param requires the evidence an account needs to be at this tier
 */
public record Tier(String id, OptionalInt capacity, Requirements requires) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public Tier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(requires, "requires");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("tier id must be lower case letters, digits and hyphens, was '" + id + "'");
        }
        if (capacity.isPresent() && capacity.getAsInt() < 0) {
            throw new IllegalArgumentException("capacity of tier " + id + " must be >= 0, was " + capacity.getAsInt());
        }
    }

    public static Tier of(String id) {
        return new Tier(id, OptionalInt.empty(), Requirements.NONE);
    }
}
