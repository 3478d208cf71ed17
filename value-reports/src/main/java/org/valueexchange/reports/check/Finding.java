package org.valueexchange.reports.check;

import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.reports.plan.Location;

/**
 * An alert, and where in a plan it comes from.
 *
 * @param alert    what was found
 * @param location the line behind it, when the alert points into an account's plan
 * @param message  the alert's message with the line of each value of the plan it quotes
 */
public record Finding(Alert alert, Optional<Location> location, String message) {

    public Finding {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A finding outside any plan: its message as the alert has it. */
    public Finding(Alert alert, Optional<Location> location) {
        this(alert, location, alert.message());
    }
}
