package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.objective.ObjectiveStatus;
import org.valueexchange.core.stakeholder.RelationshipLevel;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.PlanLoader;

/** The plan-keeping findings, from a real plan to every report format, each with the lines behind it. */
class PlanKeepingCheckTests {

    /** Reviewed 238 days before the as-of date, one quiet VIP, no champion, an overdue action, an objective off track. */
    static final String PLAN = """
            name: Acme Retail
            segment: retail
            orientation: {intellectual: 6, emotional: 6}
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 100000}
              - {date: 2026-01-31, to: vendor, kind: revenue, amount: 110000}
            stakeholders:
              - name: Sam Chen
                role: COO
                influence: high
                stance: supporter
                relationship: {current: credible-source, target: trusted-advisor}
                last_contact: 2026-08-01
              - {name: Dana Ruiz, role: VP Product, influence: medium, stance: neutral, reports_to: Sam Chen}
            objectives:
              - id: shorten-redesigns
                statement: Cut redesign effort by 30%
                owner: Priya Shah
                due: 2026-12-31
                status: off-track
                actions:
                  - {what: Joint roadmap session, owner: A. Chief, due: 2026-10-15, done: false}
                  - {what: Share the obsolescence data, due: 2026-09-01, done: true}
            reviews:
              - {date: 2026-03-31, kind: qbr, rating: 3, attendees: [Sam Chen, Priya Shah], notes: Tense.}
              - {date: 2025-12-15, kind: internal}
            """;

    @TempDir
    Path dir;

    private CheckReport report() throws IOException {
        CheckFixtures.write(dir, "accounts/acme.yaml", PLAN);
        return CheckFixtures.load(dir);
    }

    @Test
    void readsThePeopleObjectivesAndReviews() throws IOException {
        CheckFixtures.write(dir, "accounts/acme.yaml", PLAN);
        LoadResult result = new PlanLoader().load(dir);
        var account = result.loaded().orElseThrow().portfolio().accounts().get(0);
        assertThat(account.stakeholders().people()).extracting(Stakeholder::name).containsExactly("Sam Chen", "Dana Ruiz");
        assertThat(account.stakeholders().reportsOf("Sam Chen")).extracting(Stakeholder::name).containsExactly("Dana Ruiz");
        assertThat(account.stakeholders().people().get(0).relationship().orElseThrow().target())
                .isEqualTo(RelationshipLevel.TRUSTED_ADVISOR);
        assertThat(account.objectives().get(0).status()).isEqualTo(ObjectiveStatus.OFF_TRACK);
        assertThat(account.objectives().get(0).actions()).hasSize(2);
        assertThat(account.reviews().get(0).rating()).hasValue(3);
        assertThat(account.reviews().get(0).attendees()).containsExactly("Sam Chen", "Priya Shah");
    }

    @Test
    void everyFindingIsOnTheLineOfTheValueBehindItAndQuotesTheOthers() throws IOException {
        CheckReport report = report();
        assertThat(report.accounts().get(0).findings()).extracting(f -> f.alert().code()).containsExactly(
                Code.STALE_PLAN, Code.STALE_CONTACT, Code.NO_CHAMPION, Code.OBJECTIVE_OFF_TRACK, Code.OVERDUE_ACTION);
        String prefix = dir.normalize().toString().replace('\\', '/') + "/";
        String text = CheckFixtures.write(CheckFormat.TEXT, report, Severity.ERROR).replace(prefix, "");
        assertThat(text).contains(
                "accounts/acme.yaml:25:6: warning: stale-plan: Last review 2026-03-31 (line 25) is 238 days before"
                        + " the as-of date 2026-11-24; review_days is 100.",
                "accounts/acme.yaml:13:5: warning: stale-contact: High-influence customer stakeholder Sam Chen"
                        + " (line 8) was last contacted on 2026-08-01 (line 13), 115 days before the as-of date"
                        + " 2026-11-24; contact_days is 60.",
                "accounts/acme.yaml:7:1: warning: no-champion: None of the 2 customer stakeholders is a champion:"
                        + " Sam Chen (line 8) supporter, Dana Ruiz (line 14) neutral.",
                "accounts/acme.yaml:20:5: warning: objective-off-track: Objective shorten-redesigns (line 16)"
                        + " (Cut redesign effort by 30%) is marked off-track (line 20).",
                "accounts/acme.yaml:22:56: warning: overdue-action: Action 'Joint roadmap session' (line 22) for"
                        + " objective shorten-redesigns, owned by A. Chief, was due 2026-10-15 (line 22), 40 days"
                        + " before the as-of date 2026-11-24, and is not done.");
        assertThat(text).endsWith("1 account checked as of 2026-11-24: 0 errors, 5 warnings, 0 info;"
                + " passed (no alert at or above error)\n");
    }

    @Test
    void theJsonReportSaysHowTheAccountIsKept() throws IOException {
        JsonNode acme = new ObjectMapper().readTree(CheckFixtures.write(CheckFormat.JSON, report(), Severity.ERROR))
                .get("accounts").get(0);
        assertThat(acme.get("last_review").get("date").asText()).isEqualTo("2026-03-31");
        assertThat(acme.get("last_review").get("days").asInt()).isEqualTo(238);
        assertThat(acme.get("stakeholders").get("listed").asInt()).isEqualTo(2);
        assertThat(acme.get("stakeholders").get("customer").asInt()).isEqualTo(2);
        assertThat(acme.get("stakeholders").get("champions")).isEmpty();
        JsonNode objective = acme.get("objectives").get(0);
        assertThat(objective.get("id").asText()).isEqualTo("shorten-redesigns");
        assertThat(objective.get("status").asText()).isEqualTo("off-track");
        assertThat(objective.get("due").asText()).isEqualTo("2026-12-31");
        assertThat(List.of(objective.get("actions").asInt(), objective.get("open").asInt(),
                objective.get("overdue").asInt())).containsExactly(2, 1, 1);
        assertThat(acme.get("alerts").get(0).get("line").asInt()).isEqualTo(25);
        assertThat(acme.get("alerts").get(0).get("message").asText()).contains("2026-03-31 (line 25)");
    }

    @Test
    void aPlanWithNoStakeholdersOrReviewsGetsOneFindingForEach() throws IOException {
        CheckFixtures.write(dir, "accounts/bare.yaml", """
                name: Bare
                segment: retail
                orientation: {intellectual: 6, emotional: 6}
                exchanges:
                  - {date: 2026-01-10, to: customer, kind: product, amount: 100000}
                  - {date: 2026-01-31, to: vendor, kind: revenue, amount: 110000}
                """);
        CheckReport report = CheckFixtures.load(dir);
        assertThat(report.alerts()).extracting(a -> a.code()).containsExactly(Code.STALE_PLAN, Code.NO_STAKEHOLDERS);
        assertThat(report.asOf()).isEqualTo(Fixture.AS_OF);
    }
}
