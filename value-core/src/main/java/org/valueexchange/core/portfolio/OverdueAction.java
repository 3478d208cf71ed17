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
            .thenComparing(OverdueAction::account)
            .thenComparing(OverdueAction::pointer, OverdueAction::inDocumentOrder);

    public OverdueAction {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Two JSON Pointers into one plan in the order of what they point at: reference token by
     * token, array indexes as numbers ({@code /objectives/2} before {@code /objectives/10}),
     * a pointer before those below it.
     */
    static int inDocumentOrder(String a, String b) {
        String[] as = a.split("/", -1);
        String[] bs = b.split("/", -1);
        for (int i = 0; i < Math.min(as.length, bs.length); i++) {
            int c = token(as[i], bs[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(as.length, bs.length);
    }

    private static int token(String a, String b) {
        if (isIndex(a) && isIndex(b)) {
            // Array indexes have no leading zeros (RFC 6901), so the shorter is the smaller.
            int byLength = Integer.compare(a.length(), b.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
