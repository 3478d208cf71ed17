package org.valueexchange.reports.render;

import java.util.Optional;
import java.util.function.Function;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.reports.plan.PlanSource;

/**
 * Where a finding is written, for the portfolio's index, which lists findings of many plans
 * and so has none of them at hand: {@code accounts/ashby.yaml:41:3}, as an account's page shows
 * its own.
 */
@FunctionalInterface
public interface Locator {

    /** Knows no file: the index lists its findings without their places. */
    Locator NOWHERE = alert -> Optional.empty();

    /**
     * {@code relativePath:line:column} of what {@code alert} points at, or empty when no file
     * is known to write it.
     */
    Optional<String> where(Alert alert);

    /**
     * Finds an account's finding in its plan, {@code plans} giving the plan of an account id,
     * as the account's page does (the nearest enclosing value, else the file's start); and a
     * portfolio-wide finding in {@code settings} (value.yaml), when that file writes the
     * setting it points at.
     */
    static Locator of(Function<String, Optional<PlanSource>> plans, Optional<PlanSource> settings) {
        return alert -> alert.account().isPresent()
                ? plans.apply(alert.account().get()).map(plan -> plan.relativeLocation(alert.pointer()))
                : alert.pointer().flatMap(pointer -> settings.flatMap(s -> s.relativeLocationOf(pointer)));
    }
}
