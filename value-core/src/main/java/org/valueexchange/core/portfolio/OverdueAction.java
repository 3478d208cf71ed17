package org.valueexchange.core.portfolio;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * An action past its due date and not done: what the portfolio's list of overdue actions
 * shows, kept small so that it can travel in an {@link AccountSummary}.
 *
 * @param account   the account's id
 * @param objective the id of the objective the action serves
 * @param what      what is to be done
 * @param owner     who does it; may be empty
 * @param due       when it was due
 * @param pointer   where the action is in the account's plan, as a JSON Pointer
 */
public record OverdueAction(String account, String objective, String what, String owner, LocalDate due,
                            String pointer) {

    /** Longest overdue first, then by account and place in the plan: the order the index lists them in. */
    public static final Comparator<OverdueAction> ORDER = Comparator.comparing(OverdueAction::due)
            .thenComparing(OverdueAction::account).thenComparing(OverdueAction::pointer);

    public OverdueAction {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(pointer, "pointer");
    }
}
