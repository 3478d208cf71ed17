package org.valueexchange.core.objective;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something the account plan sets out to achieve with the customer.
 *
 * @param id        unique in the account: lower case letters, digits, '-', '_' and '.'
 * @param statement what is to be achieved, ideally measurable
 * @param owner     who answers for it; may be empty
 * @param due       when it is to be achieved, if set
 * @param status    where it stands
 * @param actions   the steps towards it, in the plan's order
 */
public record Objective(String id, String statement, String owner, Optional<LocalDate> due, ObjectiveStatus status,
                        List<Action> actions) {

    /** Usable in a URL fragment as it is. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Objective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        actions = List.copyOf(actions);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("objective id must be 1 to 64 lower case letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit, was '" + id + "'");
        }
        if (statement.isBlank()) {
            throw new IllegalArgumentException("objective " + id + " needs a statement");
        }
    }

    /** Not done, and due before {@code asOf}. */
    public boolean isOverdue(LocalDate asOf) {
        return status != ObjectiveStatus.DONE && due.isPresent() && due.get().isBefore(asOf);
    }
}
