package org.valueexchange.core.exchange;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of value that flowed in a relationship.
 *
 * @param date      when it flowed
 * @param direction who gave it, seen from the vendor
 * @param kind      what it was
 * @param quantity  money, or units for a rate card to value
 * @param note      what the plan says about it, if anything
 */
public record Exchange(LocalDate date, Direction direction, Kind kind, Quantity quantity, Optional<String> note) {

    public Exchange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(note, "note");
    }

    public Exchange(LocalDate date, Direction direction, Kind kind, Quantity quantity) {
        this(date, direction, kind, quantity, Optional.empty());
    }

    /** The same exchange flowing the other way. */
    public Exchange reversed() {
        return new Exchange(date, direction.opposite(), kind, quantity, note);
    }
}
