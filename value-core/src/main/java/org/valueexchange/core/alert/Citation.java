package org.valueexchange.core.alert;

import java.util.Objects;

/**
 * A value of the plan that a finding's message quotes, so that a report can say which line of
 * the plan it is on: "last review 2026-03-31 (line 88) is ...".
 *
 * @param at      the position in the message just after the quoted value, where the line goes
 * @param pointer where the value is in the account's plan, as a JSON Pointer
 */
public record Citation(int at, String pointer) {

    public Citation {
        Objects.requireNonNull(pointer, "pointer");
        if (at < 0) {
            throw new IllegalArgumentException("a citation's position is >= 0, was " + at);
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer starts with '/', was '" + pointer + "'");
        }
    }
}
