package org.valueexchange.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.core.portfolio.Plans.AS_OF;
import static org.valueexchange.core.portfolio.Plans.account;
import static org.valueexchange.core.portfolio.Plans.alerts;
import static org.valueexchange.core.portfolio.Plans.champion;
import static org.valueexchange.core.portfolio.Plans.customer;
import static org.valueexchange.core.portfolio.Plans.reviewOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.objective.Action;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.objective.ObjectiveStatus;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.Stance;

class PlanRulesTests {

    private static final List<Stakeholder> TWO_THREADS = List.of(champion("Dana Ruiz"),
            customer("Sam Chen", Influence.LOW, Stance.NEUTRAL, Optional.empty()));

    private static List<Code> codes(List<Alert> alerts) {
        return alerts.stream().map(Alert::code).toList();
    }

    /** Every cited pointer as a made-up line: its length, so that the test can see which was cited. */
    private static String withLines(Alert alert) {
        return alert.message(p -> OptionalInt.of(p.length()));
    }

    @Test
    void aWellKeptPlanRaisesNothing() {
        Account a = account(List.of(reviewOn(AS_OF.minusDays(5))), TWO_THREADS, List.of());
        assertThat(alerts(a, AS_OF)).isEmpty();
    }

    // ------------------------------------------------------------------ stale-plan

    @Test
    void aReviewExactlyReviewDaysOldIsNotStaleAndOneDayMoreIs() {
        Account a = account(List.of(reviewOn(AS_OF.minusDays(100))), TWO_THREADS, List.of());
        assertThat(alerts(a, Code.STALE_PLAN, AS_OF)).isEmpty();
        assertThat(alerts(a, Code.STALE_PLAN, AS_OF.plusDays(1))).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.WARNING);
            assertThat(alert.message()).isEqualTo("Last review 2026-08-16 is 101 days before the as-of date"
                    + " 2026-11-25; review_days is 100.");
            assertThat(alert.pointer()).hasValue("/reviews/0/date");
            assertThat(withLines(alert)).startsWith("Last review 2026-08-16 (line 15) is 101 days");
        });
    }

    @Test
    void theLatestReviewCountsWhateverItsPlaceInThePlan() {
        Account a = account(List.of(reviewOn(LocalDate.of(2026, 3, 31)), reviewOn(LocalDate.of(2025, 1, 1))),
                TWO_THREADS, List.of());
        assertThat(alerts(a, Code.STALE_PLAN, AS_OF)).singleElement().satisfies(alert -> {
            assertThat(alert.message()).isEqualTo("Last review 2026-03-31 is 238 days before the as-of date"
                    + " 2026-11-24; review_days is 100.");
            assertThat(alert.pointer()).hasValue("/reviews/0/date");
        });
    }

    @Test
    void aPlanWithoutReviewsIsStale() {
        Account a = account(List.of(), TWO_THREADS, List.of());
        assertThat(alerts(a, Code.STALE_PLAN, AS_OF)).singleElement().satisfies(alert -> {
            assertThat(alert.message()).contains("No review is recorded", "review_days (100)", "2026-11-24");
            assertThat(alert.pointer()).hasValue("/reviews");
        });
    }

    @Test
    void aReviewAfterTheAsOfDateCountsAsRecent() {
        Account a = account(List.of(reviewOn(AS_OF.plusDays(3))), TWO_THREADS, List.of());
        assertThat(alerts(a, Code.STALE_PLAN, AS_OF)).isEmpty();
    }

    // ------------------------------------------------------------------ stale-contact

    @Test
    void aHighInfluenceContactExactlyContactDaysOldIsNotStaleAndOneDayMoreIs() {
        Stakeholder dana = customer("Dana Ruiz", Influence.HIGH, Stance.CHAMPION, Optional.of(AS_OF.minusDays(60)));
        Account a = account(List.of(reviewOn(AS_OF)), List.of(dana, TWO_THREADS.get(1)), List.of());
        assertThat(alerts(a, Code.STALE_CONTACT, AS_OF)).isEmpty();
        assertThat(alerts(a, Code.STALE_CONTACT, AS_OF.plusDays(1))).singleElement().satisfies(alert -> {
            assertThat(alert.message()).isEqualTo("High-influence customer stakeholder Dana Ruiz was last contacted"
                    + " on 2026-09-25, 61 days before the as-of date 2026-11-25; contact_days is 60.");
            assertThat(alert.pointer()).hasValue("/stakeholders/0/last_contact");
            assertThat(withLines(alert)).contains("Dana Ruiz (line 20)", "2026-09-25 (line 28)");
        });
    }

    @Test
    void aHighInfluenceCustomerNeverContactedIsStale() {
        Stakeholder dana = customer("Dana Ruiz", Influence.HIGH, Stance.CHAMPION, Optional.empty());
        Account a = account(List.of(reviewOn(AS_OF)), List.of(dana, TWO_THREADS.get(1)), List.of());
        assertThat(alerts(a, Code.STALE_CONTACT, AS_OF)).singleElement().satisfies(alert -> {
            assertThat(alert.message()).contains("Dana Ruiz has no last_contact recorded; contact_days is 60");
            assertThat(alert.pointer()).hasValue("/stakeholders/0");
        });
    }

    @Test
    void lowAndMediumInfluenceAndVendorPeopleNeedNoContactDate() {
        Stakeholder vendor = new Stakeholder("A. Chief", "COO", Side.VENDOR, Influence.HIGH, Stance.CHAMPION,
                Optional.empty(), Optional.empty(), Optional.empty());
        Account a = account(List.of(reviewOn(AS_OF)), List.of(champion("Dana Ruiz"),
                customer("Sam Chen", Influence.LOW, Stance.NEUTRAL, Optional.of(LocalDate.of(2020, 1, 1))), vendor),
                List.of());
        assertThat(alerts(a, AS_OF)).isEmpty();
    }

    // ------------------------------------------------------------------ stakeholders

    @Test
    void noStakeholdersIsOneFindingNotThree() {
        Account a = account(List.of(reviewOn(AS_OF)), List.of(), List.of());
        assertThat(codes(alerts(a, AS_OF))).containsExactly(Code.NO_STAKEHOLDERS);
        assertThat(alerts(a, AS_OF).get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void onlyVendorPeopleCountAsNoStakeholders() {
        Stakeholder vendor = new Stakeholder("A. Chief", "COO", Side.VENDOR, Influence.HIGH, Stance.CHAMPION,
                Optional.empty(), Optional.empty(), Optional.empty());
        Account a = account(List.of(reviewOn(AS_OF)), List.of(vendor), List.of());
        assertThat(alerts(a, AS_OF)).singleElement().satisfies(alert -> {
            assertThat(alert.code()).isEqualTo(Code.NO_STAKEHOLDERS);
            assertThat(alert.message()).contains("Only the vendor's people");
        });
    }

    @Test
    void noChampionNamesEachCustomerStakeholderWithTheirStance() {
        Account a = account(List.of(reviewOn(AS_OF)), List.of(
                customer("Dana Ruiz", Influence.MEDIUM, Stance.SUPPORTER, Optional.empty()),
                customer("Sam Chen", Influence.LOW, Stance.DETRACTOR, Optional.empty())), List.of());
        assertThat(alerts(a, AS_OF)).singleElement().satisfies(alert -> {
            assertThat(alert.code()).isEqualTo(Code.NO_CHAMPION);
            assertThat(alert.message()).isEqualTo(
                    "None of the 2 customer stakeholders is a champion: Dana Ruiz supporter, Sam Chen detractor.");
            assertThat(withLines(alert)).contains("Dana Ruiz (line 20) supporter, Sam Chen (line 20) detractor");
        });
    }

    @Test
    void aVendorChampionIsNotTheCustomersChampion() {
        Stakeholder vendor = new Stakeholder("A. Chief", "COO", Side.VENDOR, Influence.HIGH, Stance.CHAMPION,
                Optional.empty(), Optional.empty(), Optional.empty());
        Account a = account(List.of(reviewOn(AS_OF)), List.of(vendor, TWO_THREADS.get(1),
                customer("Lee Park", Influence.LOW, Stance.SUPPORTER, Optional.empty())), List.of());
        assertThat(codes(alerts(a, AS_OF))).containsExactly(Code.NO_CHAMPION);
    }

    @Test
    void oneCustomerStakeholderIsSingleThreadedEvenAsAChampion() {
        Account a = account(List.of(reviewOn(AS_OF)), List.of(champion("Dana Ruiz")), List.of());
        assertThat(alerts(a, AS_OF)).singleElement().satisfies(alert -> {
            assertThat(alert.code()).isEqualTo(Code.SINGLE_THREADED);
            assertThat(alert.message()).isEqualTo("Only one customer stakeholder is listed: Dana Ruiz (champion,"
                    + " medium influence). The relationship hangs on one person.");
            assertThat(alert.pointer()).hasValue("/stakeholders/0");
        });
    }

    @Test
    void oneNeutralCustomerStakeholderIsBothSingleThreadedAndWithoutAChampion() {
        Account a = account(List.of(reviewOn(AS_OF)),
                List.of(customer("Sam Chen", Influence.LOW, Stance.NEUTRAL, Optional.empty())), List.of());
        assertThat(codes(alerts(a, AS_OF))).containsExactly(Code.NO_CHAMPION, Code.SINGLE_THREADED);
    }

    // ------------------------------------------------------------------ objectives and actions

    private static Objective objective(ObjectiveStatus status, Optional<LocalDate> due, Action... actions) {
        return new Objective("shorten-redesigns", "Cut redesign effort by 30%", "Priya Shah", due, status,
                List.of(actions));
    }

    @Test
    void anActionIsOverdueTheDayAfterItsDueDateUnlessDone() {
        Action action = new Action("Joint roadmap session", "A. Chief", Optional.of(AS_OF), false);
        Account a = account(List.of(reviewOn(AS_OF)), TWO_THREADS,
                List.of(objective(ObjectiveStatus.ON_TRACK, Optional.empty(), action)));
        assertThat(alerts(a, Code.OVERDUE_ACTION, AS_OF)).isEmpty();
        assertThat(alerts(a, Code.OVERDUE_ACTION, AS_OF.plusDays(1))).singleElement().satisfies(alert -> {
            assertThat(alert.message()).isEqualTo("Action 'Joint roadmap session' for objective shorten-redesigns,"
                    + " owned by A. Chief, was due 2026-11-24, 1 day before the as-of date 2026-11-25, and is not done.");
            assertThat(alert.pointer()).hasValue("/objectives/0/actions/0/due");
            assertThat(alert.action()).contains("agree a new due date with A. Chief");
        });
        Account done = account(List.of(reviewOn(AS_OF)), TWO_THREADS,
                List.of(objective(ObjectiveStatus.ON_TRACK, Optional.empty(), action.markedDone())));
        assertThat(alerts(done, Code.OVERDUE_ACTION, AS_OF.plusDays(1))).isEmpty();
    }

    @Test
    void anActionWithoutADueDateIsNeverOverdue() {
        Action action = new Action("Find a sponsor", "", Optional.empty(), false);
        Account a = account(List.of(reviewOn(AS_OF)), TWO_THREADS,
                List.of(objective(ObjectiveStatus.ON_TRACK, Optional.empty(), action)));
        assertThat(alerts(a, AS_OF.plusYears(10))).extracting(Alert::code).doesNotContain(Code.OVERDUE_ACTION);
    }

    @Test
    void anObjectiveMarkedOffTrackIsAFinding() {
        Account a = account(List.of(reviewOn(AS_OF)), TWO_THREADS,
                List.of(objective(ObjectiveStatus.OFF_TRACK, Optional.of(AS_OF.plusDays(30)))));
        assertThat(alerts(a, AS_OF)).singleElement().satisfies(alert -> {
            assertThat(alert.code()).isEqualTo(Code.OBJECTIVE_OFF_TRACK);
            assertThat(alert.message()).isEqualTo(
                    "Objective shorten-redesigns (Cut redesign effort by 30%) is marked off-track.");
            assertThat(alert.pointer()).hasValue("/objectives/0/status");
            assertThat(alert.action()).contains("Priya Shah");
        });
    }

    @Test
    void anObjectivePastItsDueDateAndNotDoneIsOffTrackWhateverItsStatus() {
        Map<ObjectiveStatus, Boolean> finding = Map.of(ObjectiveStatus.ON_TRACK, true, ObjectiveStatus.AT_RISK, true,
                ObjectiveStatus.OFF_TRACK, true, ObjectiveStatus.DONE, false);
        finding.forEach((status, expected) -> {
            Account a = account(List.of(reviewOn(AS_OF)), TWO_THREADS,
                    List.of(objective(status, Optional.of(AS_OF.minusDays(1)))));
            assertThat(alerts(a, Code.OBJECTIVE_OFF_TRACK, AS_OF)).as("%s", status).hasSize(expected ? 1 : 0);
            Account onTheDay = account(List.of(reviewOn(AS_OF)), TWO_THREADS,
                    List.of(objective(status, Optional.of(AS_OF))));
            assertThat(alerts(onTheDay, Code.OBJECTIVE_OFF_TRACK, AS_OF)).as("%s on the day", status)
                    .hasSize(status == ObjectiveStatus.OFF_TRACK ? 1 : 0);
        });
        Account a = account(List.of(reviewOn(AS_OF)), TWO_THREADS,
                List.of(objective(ObjectiveStatus.AT_RISK, Optional.of(LocalDate.of(2026, 6, 30)))));
        assertThat(alerts(a, Code.OBJECTIVE_OFF_TRACK, AS_OF).get(0).message()).isEqualTo("Objective"
                + " shorten-redesigns (Cut redesign effort by 30%) was due 2026-06-30, 147 days before the as-of date"
                + " 2026-11-24, and is at risk, not done.");
    }

    // ------------------------------------------------------------------ qualify-out-candidate

    /** Three quarters over-investing: B = -0.33, -0.43, -0.54 in the last three. */
    private static final org.valueexchange.core.ledger.Ledger SPIRAL =
            Plans.quarterly(100, 100, 50, 100, 40, 100, 30, 100);

    @Test
    void sustainedOverInvestmentInATransactionalCustomerWithoutAChampionIsOneToQualifyOut() {
        Account a = account(List.of(reviewOn(AS_OF)), List.of(
                customer("Sam Chen", Influence.HIGH, Stance.NEUTRAL, Optional.of(AS_OF)),
                customer("Lee Park", Influence.LOW, Stance.DETRACTOR, Optional.empty())), List.of(), SPIRAL, 2, 1.5);
        assertThat(codes(alerts(a, AS_OF))).containsExactly(Code.SUSTAINED_IMBALANCE, Code.NO_CHAMPION,
                Code.QUALIFY_OUT_CANDIDATE);
        Alert alert = alerts(a, Code.QUALIFY_OUT_CANDIDATE, AS_OF).get(0);
        assertThat(alert.message()).isEqualTo("Vendor over-investing for the last 3 quarters (2025-Q2 B=-0.33,"
                + " 2025-Q3 B=-0.43, 2025-Q4 B=-0.54); the customer values you transactionally (intellectual 2,"
                + " emotional 1.5, high from 5); and none of the 2 customer stakeholders is a champion. Nobody there"
                + " values what you give or will fight for it.");
        assertThat(withLines(alert)).contains("intellectual 2 (line 25)", "emotional 1.5 (line 22)",
                "2 customer stakeholders (line 13)");
    }

    @Test
    void aCustomerUnderservedHasItsIndexesReadSignedAsThePagesShowThem() {
        // B = +0.33, +0.43, +0.54 in the last three quarters: the vendor receives more than it gives.
        Account a = account(List.of(reviewOn(AS_OF)), TWO_THREADS, List.of(),
                Plans.quarterly(100, 100, 100, 50, 100, 40, 100, 30), 8, 8);
        Alert alert = alerts(a, Code.SUSTAINED_IMBALANCE, AS_OF).get(0);
        assertThat(alert.message()).startsWith("Customer underserved for the last 3 quarters (2025-Q2 B=+0.33,"
                + " 2025-Q3 B=+0.43, 2025-Q4 B=+0.54; band ±0.20)");
    }

    @Test
    void aChampionOrAValuingCustomerOrABalancedLedgerIsNoQualifyOutCandidate() {
        List<Stakeholder> noChampion = List.of(customer("Sam Chen", Influence.LOW, Stance.NEUTRAL, Optional.empty()),
                customer("Lee Park", Influence.LOW, Stance.DETRACTOR, Optional.empty()));
        List<Stakeholder> withChampion = List.of(champion("Dana Ruiz"), noChampion.get(0));
        List<Account> not = List.of(
                account(List.of(reviewOn(AS_OF)), withChampion, List.of(), SPIRAL, 2, 1.5),
                account(List.of(reviewOn(AS_OF)), noChampion, List.of(), SPIRAL, 6, 1.5),
                account(List.of(reviewOn(AS_OF)), noChampion, List.of(), Plans.quarterly(100, 100, 100, 100), 2, 1.5),
                account(List.of(reviewOn(AS_OF)), List.of(), List.of(), SPIRAL, 2, 1.5));
        for (Account a : not) {
            assertThat(alerts(a, Code.QUALIFY_OUT_CANDIDATE, AS_OF)).isEmpty();
        }
    }

    // ------------------------------------------------------------------ summaries

    @Test
    void theSummaryCarriesWhatTheIndexNeeds() {
        Action overdue = new Action("Send the proposal", "Ann", Optional.of(AS_OF.minusDays(3)), false);
        Action later = new Action("Hold the workshop", "Ann", Optional.of(AS_OF.plusDays(3)), false);
        Account a = account(List.of(reviewOn(LocalDate.of(2026, 9, 30))), TWO_THREADS,
                List.of(objective(ObjectiveStatus.ON_TRACK, Optional.empty(), later, overdue)));
        AccountReview review = AccountAnalysis.analyse(a, Plans.SETTINGS, AS_OF);
        AccountSummary summary = review.summary();
        assertThat(summary.name()).isEqualTo("Acme");
        assertThat(summary.lastReview()).hasValue(LocalDate.of(2026, 9, 30));
        assertThat(review.daysSinceReview()).hasValue(55L);
        assertThat(summary.overdueActions()).containsExactly(new OverdueAction("acme", "shorten-redesigns",
                "Send the proposal", "Ann", AS_OF.minusDays(3), "/objectives/0/actions/1"));
    }

    @Test
    void thePortfolioListsOverdueActionsLongestOverdueFirst() {
        Account acme = account(List.of(reviewOn(AS_OF)), TWO_THREADS, List.of(objective(ObjectiveStatus.ON_TRACK,
                Optional.empty(), new Action("Later", "", Optional.of(AS_OF.minusDays(1)), false),
                new Action("Earlier", "", Optional.of(AS_OF.minusDays(9)), false))));
        PortfolioReview review = new Portfolio(Plans.SETTINGS, List.of(acme)).review(AS_OF);
        assertThat(review.asOf()).isEqualTo(AS_OF);
        assertThat(review.findings().overdueActions()).extracting(OverdueAction::what)
                .containsExactly("Earlier", "Later");
    }
}
