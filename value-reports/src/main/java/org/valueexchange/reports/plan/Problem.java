package org.valueexchange.reports.plan;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong with a plan, where it is, and what was expected.
 *
 * @param location where
 * @param message  what is wrong and what was expected
 */
public record Problem(Location location, String message) {

    /** By file, then line, then column. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.location().path())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message} */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
