package org.valueexchange.reports;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanLoader;

/** The shared fixture portfolio under src/test/resources/fixture-portfolio that the rendering tests check. */
public final class Fixture {

    /** The day every test reviews as of, so that no test changes with the calendar. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private Fixture() {
    }

    public static Path dir() {
        try {
            return Path.of(Fixture.class.getResource("/fixture-portfolio").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LoadedPortfolio load() {
        LoadResult result = new PlanLoader().load(dir());
        if (!result.ok()) {
            throw new IllegalStateException("fixture does not load: " + result.problems());
        }
        return result.loaded().orElseThrow();
    }
}
