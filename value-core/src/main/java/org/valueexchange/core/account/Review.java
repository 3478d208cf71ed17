package org.valueexchange.core.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An account review held with or about the customer.
 *
 * @param date      when
 * @param notes     the narrative, as the team wrote it (Markdown)
 * @param kind      what kind of meeting it was, if said
 * @param rating    how the relationship was rated at it, from 1 (poor) to 5 (excellent), if rated
 * @param attendees who took part, in the plan's order
 */
public record Review(LocalDate date, String notes, Optional<ReviewKind> kind, OptionalInt rating,
                     List<String> attendees) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public Review {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rating, "rating");
        attendees = List.copyOf(attendees);
        if (rating.isPresent() && (rating.getAsInt() < MIN_RATING || rating.getAsInt() > MAX_RATING)) {
            throw new IllegalArgumentException("a review's rating is from 1 to 5, was " + rating.getAsInt());
        }
    }

    /** A review with notes only. */
    public Review(LocalDate date, String notes) {
        this(date, notes, Optional.empty(), OptionalInt.empty(), List.of());
    }
}
