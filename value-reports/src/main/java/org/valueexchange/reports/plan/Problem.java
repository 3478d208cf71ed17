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

    /**
     * How many problems this one stands for: 1, or, for the line that closes a file's list when
     * it holds more than {@link Problems#MAX_PER_FILE}, how many more it says were not listed.
     */
    public int count() {
        java.util.regex.Matcher more = Problems.MORE.matcher(message);
        return more.matches() ? Integer.parseInt(more.group(1)) : 1;
    }

    /** {@code file:line:column: message} */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
