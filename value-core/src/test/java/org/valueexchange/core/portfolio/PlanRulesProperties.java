package org.valueexchange.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.valueexchange.core.portfolio.Plans.AS_OF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.valueexchange.core.Generators;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.Review;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.objective.Action;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.objective.ObjectiveStatus;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.Stance;

/** The plan-keeping rules move the right way when the plan or the as-of date does. */
class PlanRulesProperties {

    private static Gen<LocalDate> dates() {
        return integers().between(-400, 400).map(AS_OF::plusDays);
    }

    /** Up to 6 people named p0, p1, ...; each reports to an earlier one or to no one. */
    private static Gen<List<Stakeholder>> stakeholders() {
        Gen<Stakeholder> person = Generate.enumValues(Side.class).zip(Generate.enumValues(Influence.class),
                Generate.enumValues(Stance.class), dates().toOptionals(70),
                (side, influence, stance, contact) -> new Stakeholder("?", "", side, influence, stance,
                        Optional.empty(), contact, Optional.empty()));
        return lists().of(person.zip(integers().between(-1, 5), (p, manager) -> new Object[] {p, manager}))
                .ofSizeBetween(0, 6).map(raw -> {
                    List<Stakeholder> people = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        Stakeholder p = (Stakeholder) raw.get(i)[0];
                        int manager = (Integer) raw.get(i)[1];
                        people.add(new Stakeholder("p" + i, p.role(), p.side(), p.influence(), p.stance(),
                                p.relationship(), p.lastContact(),
                                manager >= 0 && manager < i ? Optional.of("p" + manager) : Optional.empty()));
                    }
                    return people;
                });
    }

    private static Gen<List<Objective>> objectives() {
        Gen<Action> action = Generate.booleans().zip(dates().toOptionals(80),
                (done, due) -> new Action("do it", "", due, done));
        Gen<Objective> objective = Generate.enumValues(ObjectiveStatus.class).zip(dates().toOptionals(50),
                lists().of(action).ofSizeBetween(0, 4),
                (status, due, actions) -> new Objective("o", "Grow", "", due, status, actions));
        return lists().of(objective).ofSizeBetween(0, 3).map(list -> {
            List<Objective> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Objective o = list.get(i);
                unique.add(new Objective("o" + i, o.statement(), o.owner(), o.due(), o.status(), o.actions()));
            }
            return unique;
        });
    }

    private static Gen<List<Review>> reviews() {
        return lists().of(dates().map(Plans::reviewOn)).ofSizeBetween(0, 3);
    }

    private static Gen<Account> accounts() {
        return reviews().zip(stakeholders(), objectives(), Generators.ledgers(), (r, s, o, ledger) ->
                Plans.account(r, s, o, ledger, 2, 1));
    }

    private static long count(List<Alert> alerts, Code code) {
        return alerts.stream().filter(a -> a.code() == code).count();
    }

    @Test
    void addingAChampionNeverAddsNoChampion() {
        qt().forAll(accounts(), dates()).checkAssert((account, asOf) -> {
            List<Stakeholder> more = new ArrayList<>(account.stakeholders().people());
            more.add(Plans.champion("new champion"));
            Account withChampion = Plans.account(account.reviews(), more, account.objectives(), account.ledger(), 2, 1);
            List<Alert> before = Plans.alerts(account, asOf);
            List<Alert> after = Plans.alerts(withChampion, asOf);
            assertThat(count(after, Code.NO_CHAMPION)).isZero();
            assertThat(count(after, Code.QUALIFY_OUT_CANDIDATE)).isZero();
            assertThat(count(after, Code.NO_CHAMPION)).isLessThanOrEqualTo(count(before, Code.NO_CHAMPION));
        });
    }

    @Test
    void movingTheAsOfDateForwardNeverRemovesAStaleFinding() {
        qt().forAll(accounts(), dates(), integers().between(0, 500)).checkAssert((account, asOf, days) -> {
            Set<String> before = stale(Plans.alerts(account, asOf));
            Set<String> after = stale(Plans.alerts(account, asOf.plusDays(days)));
            assertThat(after).containsAll(before);
        });
    }

    /** The stale findings, each by its code and where it points. */
    private static Set<String> stale(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.code() == Code.STALE_PLAN || a.code() == Code.STALE_CONTACT)
                .map(a -> a.code().id() + " " + a.pointer().orElse("")).collect(Collectors.toSet());
    }

    @Test
    void markingAnActionDoneNeverAddsAnOverdueAction() {
        qt().forAll(accounts(), dates(), integers().between(0, 11)).checkAssert((account, asOf, pick) -> {
            List<Objective> objectives = account.objectives();
            int total = objectives.stream().mapToInt(o -> o.actions().size()).sum();
            if (total == 0) {
                return;
            }
            int target = pick % total;
            List<Objective> changed = new ArrayList<>();
            for (Objective o : objectives) {
                List<Action> actions = new ArrayList<>();
                for (Action a : o.actions()) {
                    actions.add(target-- == 0 ? a.markedDone() : a);
                }
                changed.add(new Objective(o.id(), o.statement(), o.owner(), o.due(), o.status(), actions));
            }
            Account done = Plans.account(account.reviews(), account.stakeholders().people(), changed,
                    account.ledger(), 2, 1);
            long before = count(Plans.alerts(account, asOf), Code.OVERDUE_ACTION);
            long after = count(Plans.alerts(done, asOf), Code.OVERDUE_ACTION);
            assertThat(after).isLessThanOrEqualTo(before);
            assertThat(Plans.alerts(done, asOf).size()).isLessThanOrEqualTo(Plans.alerts(account, asOf).size());
        });
    }

    @Test
    void markingAnObjectiveDoneNeverAddsAnOffTrackObjective() {
        qt().forAll(accounts(), dates(), integers().between(0, 5)).checkAssert((account, asOf, pick) -> {
            List<Objective> objectives = account.objectives();
            if (objectives.isEmpty()) {
                return;
            }
            int target = pick % objectives.size();
            List<Objective> changed = new ArrayList<>(objectives);
            Objective o = objectives.get(target);
            changed.set(target, new Objective(o.id(), o.statement(), o.owner(), o.due(), ObjectiveStatus.DONE,
                    o.actions()));
            Account done = Plans.account(account.reviews(), account.stakeholders().people(), changed,
                    account.ledger(), 2, 1);
            List<Alert> before = Plans.alerts(account, asOf);
            List<Alert> after = Plans.alerts(done, asOf);
            assertThat(count(after, Code.OBJECTIVE_OFF_TRACK)).isLessThanOrEqualTo(count(before, Code.OBJECTIVE_OFF_TRACK));
            assertThat(after).filteredOn(a -> a.code() == Code.OBJECTIVE_OFF_TRACK)
                    .noneMatch(a -> a.pointer().orElse("").startsWith("/objectives/" + target + "/")
                            || a.pointer().orElse("").equals("/objectives/" + target));
        });
    }

    @Test
    void addingASecondCustomerStakeholderEndsSingleThreading() {
        qt().forAll(accounts(), dates()).checkAssert((account, asOf) -> {
            List<Stakeholder> more = new ArrayList<>(account.stakeholders().people());
            more.add(Plans.customer("x1", Influence.LOW, Stance.NEUTRAL, Optional.empty()));
            more.add(Plans.customer("x2", Influence.LOW, Stance.NEUTRAL, Optional.empty()));
            Account wider = Plans.account(account.reviews(), more, account.objectives(), account.ledger(), 2, 1);
            assertThat(count(Plans.alerts(wider, asOf), Code.SINGLE_THREADED)).isZero();
            assertThat(count(Plans.alerts(wider, asOf), Code.NO_STAKEHOLDERS)).isZero();
        });
    }

    @Test
    void everyCitationPointsIntoTheMessageInOrder() {
        qt().forAll(accounts(), dates()).checkAssert((account, asOf) -> {
            for (Alert alert : Plans.alerts(account, asOf)) {
                String marked = alert.message(p -> java.util.OptionalInt.of(1));
                assertThat(marked.length()).isEqualTo(alert.message().length()
                        + alert.citations().size() * " (line 1)".length());
            }
        });
    }
}
