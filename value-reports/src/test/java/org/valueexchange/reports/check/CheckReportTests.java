package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.reports.check.CheckFixtures.everyAlert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.reports.plan.Location;

class CheckReportTests {

    @TempDir
    Path dir;

    @Test
    void placesEveryAccountAlertOnTheLineOfThePlanBehindIt() throws IOException {
        CheckReport report = everyAlert(dir);
        String prefix = dir.normalize().toString().replace('\\', '/') + "/";
        assertThat(report.accounts()).extracting(AccountCheck::id).containsExactly("acme", "globex", "initech");
        assertThat(report.accounts()).extracting(a -> a.file().replace(prefix, ""))
                .containsExactly("accounts/acme.yaml", "accounts/globex.yaml", "accounts/initech.yaml");

        Finding discount = report.accounts().get(0).findings().get(0);
        assertThat(discount.alert().code()).isEqualTo(Code.DISCOUNT_BREAKS_EQUILIBRIUM);
        assertThat(discount.location()).map(Location::line).hasValue(8);

        Finding sustained = report.accounts().get(1).findings().get(0);
        assertThat(sustained.alert().code()).isEqualTo(Code.SUSTAINED_IMBALANCE);
        assertThat(sustained.location()).map(Location::line).hasValue(5);

        // No 'exchanges' key: the nearest enclosing place is the start of the file.
        Finding noEvidence = report.accounts().get(2).findings().get(0);
        assertThat(noEvidence.alert().code()).isEqualTo(Code.NO_EVIDENCE);
        assertThat(noEvidence.location()).map(Location::line).hasValue(1);
    }

    @Test
    void keepsPortfolioWideAlertsApart() throws IOException {
        CheckReport report = everyAlert(dir);
        assertThat(report.portfolioAlerts()).extracting(Alert::code).containsExactly(Code.TIER_OVER_CAPACITY);
        assertThat(report.portfolioAlerts().get(0).account()).isEqualTo(Optional.empty());
        assertThat(report.alerts()).extracting(Alert::code).containsExactly(Code.DISCOUNT_BREAKS_EQUILIBRIUM,
                Code.SUSTAINED_IMBALANCE, Code.NO_EVIDENCE, Code.TIER_OVER_CAPACITY);
    }

    @Test
    void placesATierOverCapacityOnTheCapacityValueYamlSets() throws IOException {
        CheckReport report = everyAlert(dir);
        Finding capacity = report.portfolio().get(0);
        assertThat(capacity.alert().code()).isEqualTo(Code.TIER_OVER_CAPACITY);
        // "  - {id: key, capacity: 1}": the fifth line, the key 'capacity' at column 15.
        assertThat(capacity.location()).hasValueSatisfying(at -> {
            assertThat(at.path()).endsWith("value.yaml");
            assertThat(at.line()).isEqualTo(5);
            assertThat(at.column()).isEqualTo(15);
        });
    }

    @Test
    void placesATierOverCapacityNowhereWhenTheCapacityIsTheDefault() throws IOException {
        // value.yaml sets no tiers: strategic's capacity of two is the default ladder's, on no line.
        CheckFixtures.write(dir, "value.yaml", "name: Test accounts\ncurrency: GBP\n");
        for (String id : List.of("a", "b", "c")) {
            CheckFixtures.write(dir, "accounts/" + id + ".yaml", """
                    name: Strategic %s
                    segment: retail
                    orientation: {intellectual: 8, emotional: 8}
                    tier: strategic
                    """.formatted(id) + CheckFixtures.WELL_KEPT);
        }
        CheckReport report = CheckFixtures.load(dir);
        assertThat(report.portfolioAlerts()).extracting(Alert::code).contains(Code.TIER_OVER_CAPACITY);
        assertThat(report.portfolio()).allSatisfy(f -> assertThat(f.location()).isEmpty());
    }

    @Test
    void failsWhenAnAlertIsAtOrAboveTheGate() throws IOException {
        CheckReport report = everyAlert(dir);
        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
        assertThat(report.failing(Severity.ERROR)).isEqualTo(2);
        assertThat(report.failing(Severity.WARNING)).isEqualTo(3);
        assertThat(report.failing(Severity.INFO)).isEqualTo(4);
        assertThat(report.fails(Severity.ERROR)).isTrue();
    }

    @Test
    void warningsAloneDoNotFailAtError() throws IOException {
        CheckFixtures.write(dir, "umbrella.yaml", CheckFixtures.OVERTIERED);
        CheckReport report = CheckFixtures.load(dir);
        assertThat(report.alerts()).extracting(Alert::code).containsExactly(Code.OVER_TIERED);
        assertThat(report.fails(Severity.ERROR)).isFalse();
        assertThat(report.fails(Severity.WARNING)).isTrue();
    }

    @Test
    void anEmptyPortfolioPasses() {
        CheckReport report = CheckFixtures.load(dir);
        assertThat(report.accounts()).isEmpty();
        assertThat(report.fails(Severity.INFO)).isFalse();
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertThat(CheckFormat.ids()).containsExactly("text", "json", "junit", "github");
        assertThat(CheckFormat.byId("junit")).hasValue(CheckFormat.JUNIT);
        assertThat(CheckFormat.byId("JUNIT")).isEmpty();
        assertThat(CheckFormat.byId("xml")).isEmpty();
    }
}
