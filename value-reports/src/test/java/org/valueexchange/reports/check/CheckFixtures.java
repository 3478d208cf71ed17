package org.valueexchange.reports.check;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.PlanLoader;
import org.valueexchange.reports.Fixture;

/** Real plans, loaded through {@link PlanLoader}, that raise every kind of alert the writers must show. */
final class CheckFixtures {

    /**
     * Two accounts declared at a tier of capacity 1 (a portfolio error), one of them with
     * three quarters of over-investment (an error), one with a discount request that would
     * break equilibrium, asked for by someone whose name needs escaping everywhere (a
     * warning), and one with no exchanges (information).
     */
    static final String VALUE_YAML = """
            name: Test accounts
            currency: GBP
            tiers:
              - {id: basic}
              - {id: key, capacity: 1}
            """;

    /**
     * Appended to a plan, makes it well kept as of {@link Fixture#AS_OF}: reviewed a month
     * before, a champion and a second customer thread, the champion in touch. Plans that end
     * with it raise no plan-keeping finding, so tests of other findings see only those.
     */
    static final String WELL_KEPT = """
            stakeholders:
              - {name: Dana Ruiz, influence: high, stance: champion, last_contact: 2026-11-01}
              - {name: Sam Chen, influence: medium, stance: supporter, reports_to: Dana Ruiz}
            reviews:
              - {date: 2026-10-24, kind: qbr, rating: 4}
            """;

    static final String ACME = """
            name: Acme Retail
            segment: retail
            orientation: {intellectual: 6, emotional: 6}
            tier: key
            pricing:
              discount: 0.10
              requests:
                - {date: 2026-02-01, by: "Procurement, EMEA: 100% <urgent> & co\\uFFFE", discount: 0.30, status: open}
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 120000}
              - {date: 2026-01-31, to: vendor, kind: revenue, amount: 100000}
            """ + WELL_KEPT;

    static final String GLOBEX = """
            name: Globex
            segment: manufacturing
            orientation: {intellectual: 7, emotional: 7}
            tier: key
            exchanges:
              - {date: 2025-07-10, to: customer, kind: support, amount: 90000}
              - {date: 2025-07-20, to: vendor, kind: revenue, amount: 30000}
              - {date: 2025-10-10, to: customer, kind: support, amount: 90000}
              - {date: 2025-10-20, to: vendor, kind: revenue, amount: 30000}
              - {date: 2026-01-10, to: customer, kind: support, amount: 90000}
              - {date: 2026-01-20, to: vendor, kind: revenue, amount: 30000}
            """ + WELL_KEPT;

    static final String INITECH = """
            name: Initech
            segment: services
            orientation: {intellectual: 3, emotional: 4}
            """ + WELL_KEPT;

    /** One account over-tiered (a warning) and otherwise in equilibrium. */
    static final String OVERTIERED = """
            name: Umbrella
            segment: retail
            orientation: {intellectual: 2, emotional: 2}
            tier: collaborative
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 100000}
              - {date: 2026-01-31, to: vendor, kind: revenue, amount: 110000}
            """ + WELL_KEPT;

    private CheckFixtures() {
    }

    static Path write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** The portfolio of alerts of every kind, in {@code dir}. */
    static CheckReport everyAlert(Path dir) throws IOException {
        write(dir, "value.yaml", VALUE_YAML);
        write(dir, "accounts/acme.yaml", ACME);
        write(dir, "accounts/globex.yaml", GLOBEX);
        write(dir, "accounts/initech.yaml", INITECH);
        return load(dir);
    }

    static CheckReport load(Path dir) {
        LoadResult result = new PlanLoader().load(dir);
        return CheckReport.of(result.loaded().orElseThrow(
                () -> new AssertionError("the fixture does not load: " + result.problems())), Fixture.AS_OF);
    }

    static String write(CheckFormat format, CheckReport report, Severity failOn) throws IOException {
        StringWriter out = new StringWriter();
        format.write(report, failOn, out);
        return out.toString();
    }
}
