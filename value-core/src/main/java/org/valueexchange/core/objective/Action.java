package org.valueexchange.core.objective;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A step towards an objective.
 *
 * @param what  what is to be done
 * @param owner who does it; may be empty
 * @param due   when it is due, if a date was agreed
 * @param done  whether it is done
 */
public record Action(String what, String owner, Optional<LocalDate> due, boolean done) {

    public Action {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        if (what.isBlank()) {
            throw new IllegalArgumentException("an action needs to say what is to be done");
        }
    }

    /** Not done, and due before {@code asOf}: on its due date an action is not yet overdue. */
    public boolean isOverdue(LocalDate asOf) {
        return !done && due.isPresent() && due.get().isBefore(asOf);
    }

    /** The same action, done. */
    public Action markedDone() {
        return new Action(what, owner, due, true);
    }
}
