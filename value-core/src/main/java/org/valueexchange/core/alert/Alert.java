package org.valueexchange.core.alert;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding about an account or the portfolio.
 *
 * @param code     what kind of finding
 * @param severity how much it matters
 * @param account  the account it is about; empty for a portfolio-wide finding
 * @param message  what was found, with the figures that led to it
 * @param action   what to do about it
 * @param pointer  where in the account's plan it comes from, as a JSON Pointer
 *                 (e.g. {@code /pricing/requests/0}), if one place does
 */
public record Alert(Code code, Severity severity, Optional<String> account, String message, String action,
                    Optional<String> pointer) {

    public Alert {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(pointer, "pointer");
        pointer.ifPresent(p -> {
            if (!p.startsWith("/")) {
                throw new IllegalArgumentException("a JSON Pointer starts with '/', was '" + p + "'");
            }
        });
    }

    /** An alert about an account, at the code's usual severity. */
    public static Alert about(String account, Code code, String message, String action, Optional<String> pointer) {
        return new Alert(code, code.severity(), Optional.of(account), message, action, pointer);
    }

    /** A portfolio-wide alert, at the code's usual severity. */
    public static Alert portfolio(Code code, String message, String action) {
        return new Alert(code, code.severity(), Optional.empty(), message, action, Optional.empty());
    }
}
