package org.valueexchange.core.stakeholder;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who matters to the account.
 *
 * @param name         unique among the account's stakeholders
 * @param role         their role, e.g. VP Product Development; may be empty
 * @param side         the customer's or the vendor's
 * @param influence    how much their word weighs
 * @param stance       where they stand towards the vendor
 * @param relationship where the relationship with them stands on the ladder, if assessed
 * @param lastContact  when the vendor last spoke with them, if recorded
 * @param reportsTo    the name of their manager among the stakeholders, if listed
 */
public record Stakeholder(String name, String role, Side side, Influence influence, Stance stance,
                          Optional<Relationship> relationship, Optional<LocalDate> lastContact,
                          Optional<String> reportsTo) {

    public Stakeholder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(influence, "influence");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(lastContact, "lastContact");
        Objects.requireNonNull(reportsTo, "reportsTo");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a stakeholder needs a name");
        }
        if (reportsTo.isPresent() && reportsTo.get().equals(name)) {
            throw new IllegalArgumentException(name + " cannot report to themselves");
        }
    }

    public boolean isCustomer() {
        return side == Side.CUSTOMER;
    }

    /** A customer stakeholder who champions the vendor. */
    public boolean isChampion() {
        return isCustomer() && stance == Stance.CHAMPION;
    }
}
