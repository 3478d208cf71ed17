package org.valueexchange.core.alert;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A finding about an account or the portfolio.
 *
 * @param code      what kind of finding
 * @param severity  how much it matters
 * @param account   the account it is about; empty for a portfolio-wide finding
 * @param message   what was found, with the figures that led to it
 * @param action    what to do about it
 * @param pointer   where it comes from, as a JSON Pointer, if one place does: in the account's
 *                  plan (e.g. {@code /pricing/requests/0}), or for a portfolio-wide finding in
 *                  the portfolio's settings (e.g. {@code /tiers/3/capacity})
 * @param citations the values of the plan the message quotes, in the message's order
 */
public record Alert(Code code, Severity severity, Optional<String> account, String message, String action,
                    Optional<String> pointer, List<Citation> citations) {

    public Alert {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(pointer, "pointer");
        citations = List.copyOf(citations);
        pointer.ifPresent(p -> {
            if (!p.startsWith("/")) {
                throw new IllegalArgumentException("a JSON Pointer starts with '/', was '" + p + "'");
            }
        });
        int previous = 0;
        for (Citation c : citations) {
            if (c.at() < previous || c.at() > message.length()) {
                throw new IllegalArgumentException("citations must be in the message's order, within it");
            }
            previous = c.at();
        }
    }

    /** A finding that quotes nothing from the plan. */
    public Alert(Code code, Severity severity, Optional<String> account, String message, String action,
                 Optional<String> pointer) {
        this(code, severity, account, message, action, pointer, List.of());
    }

    /** An alert about an account, at the code's usual severity. */
    public static Alert about(String account, Code code, String message, String action, Optional<String> pointer) {
        return new Alert(code, code.severity(), Optional.of(account), message, action, pointer);
    }

    /** An alert about an account that quotes values of its plan, at the code's usual severity. */
    public static Alert about(String account, Code code, Message message, String action, Optional<String> pointer) {
        return new Alert(code, code.severity(), Optional.of(account), message.text(), action, pointer,
                message.citations());
    }

    /** A portfolio-wide alert, at the code's usual severity. */
    public static Alert portfolio(Code code, String message, String action) {
        return portfolio(code, message, action, Optional.empty());
    }

    /**
     * A portfolio-wide alert, at the code's usual severity, from the setting at {@code pointer}
     * in the portfolio's settings.
     */
    public static Alert portfolio(Code code, String message, String action, Optional<String> pointer) {
        return new Alert(code, code.severity(), Optional.empty(), message, action, pointer);
    }

    /**
     * The message with the line of each value it quotes, e.g. {@code "last review 2026-03-31
     * (line 88) is ..."}; a value whose line {@code lineOf} does not know is left as it is.
     */
    public String message(Function<String, OptionalInt> lineOf) {
        StringBuilder b = new StringBuilder(message.length() + 12 * citations.size());
        int from = 0;
        for (Citation c : citations) {
            b.append(message, from, c.at());
            OptionalInt line = lineOf.apply(c.pointer());
            if (line.isPresent()) {
                b.append(" (line ").append(line.getAsInt()).append(')');
            }
            from = c.at();
        }
        return b.append(message, from, message.length()).toString();
    }

    /**
     * This finding with the line of each value it quotes written into its message, as
     * {@link #message(Function)} writes it, and nothing left to cite: for a list of findings
     * shown where the plans are not at hand (the portfolio's index).
     */
    public Alert cited(Function<String, OptionalInt> lineOf) {
        if (citations.isEmpty()) {
            return this;
        }
        return new Alert(code, severity, account, message(lineOf), action, pointer, List.of());
    }
}
