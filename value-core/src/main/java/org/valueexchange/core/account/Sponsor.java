package org.valueexchange.core.account;

import java.util.Objects;

/**
 * A sponsor of the relationship on one side.
 *
 * @param name      the person
 * @param role      their role, e.g. COO; may be empty
 * @param executive whether they sit at executive level
 */
public record Sponsor(String name, String role, boolean executive) {

    public Sponsor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a sponsor needs a name");
        }
    }
}
