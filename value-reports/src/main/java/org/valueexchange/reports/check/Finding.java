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
 */
public record Finding(Alert alert, Optional<Location> location) {

    public Finding {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(location, "location");
    }
}
