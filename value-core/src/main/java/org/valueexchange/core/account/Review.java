package org.valueexchange.core.account;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An account review held with or about the customer.
 *
 * @param date  when
 * @param notes the narrative, as the team wrote it (Markdown)
 */
public record Review(LocalDate date, String notes) {

    public Review {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(notes, "notes");
    }
}
