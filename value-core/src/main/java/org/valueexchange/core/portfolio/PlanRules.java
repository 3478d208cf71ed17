package org.valueexchange.core.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.Review;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.alert.Message;
import org.valueexchange.core.balance.EquilibriumStatus;
import org.valueexchange.core.balance.PeriodBalance;
import org.valueexchange.core.balance.SustainedImbalance;
import org.valueexchange.core.freshness.Freshness;
import org.valueexchange.core.objective.Action;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.objective.ObjectiveStatus;
import org.valueexchange.core.orientation.Quadrant;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;

/**
 * The rules about how well an account's plan is kept: reviews and contacts recent enough,
 * the relationship held by more than one person and by a champion, objectives and actions
 * on time, and whether the account is one to stop investing in. Each finding quotes the
 * values of the plan it rests on, so that it can be checked by hand.
 *
 * <p>When no customer stakeholder is listed, one {@code no-stakeholders} finding says so, in
 * place of {@code no-champion} and {@code single-threaded}: the plan is silent, not the
 * relationship thin; and {@code qualify-out-candidate}, which needs to know that there is no
 * champion, does not fire.
 */
final class PlanRules {

    private PlanRules() {
    }

    static List<Alert> apply(Account account, Settings settings, LocalDate asOf, Quadrant quadrant,
                             Optional<SustainedImbalance> sustained, List<PeriodBalance> periods) {
        List<Alert> alerts = new ArrayList<>();
        String id = account.id();
        Freshness freshness = settings.freshness();
        stalePlan(account, freshness, asOf).ifPresent(alerts::add);

        StakeholderMap map = account.stakeholders();
        List<Stakeholder> customer = map.customer();
        if (customer.isEmpty()) {
            alerts.add(Alert.about(id, Code.NO_STAKEHOLDERS,
                    map.isEmpty()
                            ? "No stakeholders are listed, so champions, the breadth of the relationship and"
                            + " contact with the people who matter cannot be judged."
                            : "Only the vendor's people are listed as stakeholders: champions, the breadth of the"
                            + " relationship and contact with the customer's people cannot be judged.",
                    "List the customer's decision makers and influencers under stakeholders, with their influence,"
                            + " stance and last contact.",
                    Optional.of("/stakeholders")));
        }
        for (Stakeholder s : customer) {
            if (s.influence() == Influence.HIGH) {
                staleContact(id, map, s, freshness, asOf).ifPresent(alerts::add);
            }
        }
        if (!customer.isEmpty() && map.champions().isEmpty()) {
            Message m = new Message().add(customer.size() == 1 ? "The one customer stakeholder is not a champion: "
                    : "None of the " + customer.size() + " customer stakeholders is a champion: ");
            stances(m, map, customer);
            alerts.add(Alert.about(id, Code.NO_CHAMPION, m.add("."),
                    "Find and develop a champion: someone with influence who wants you to win and sells for you"
                            + " when you are not in the room.",
                    Optional.of("/stakeholders")));
        }
        if (customer.size() == 1) {
            Stakeholder only = customer.get(0);
            Message m = new Message().add("Only one customer stakeholder is listed: ")
                    .cite(only.name(), pointer(map, only) + "/name")
                    .add(" (" + (only.role().isEmpty() ? "" : only.role() + ", ") + only.stance().id() + ", "
                            + only.influence().id() + " influence). The relationship hangs on one person.");
            alerts.add(Alert.about(id, Code.SINGLE_THREADED, m,
                    "Multi-thread the relationship: meet " + only.name() + "'s peers and manager and list them"
                            + " here, before a reorganisation or a resignation ends it.",
                    Optional.of(pointer(map, only))));
        }

        List<Objective> objectives = account.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            Objective objective = objectives.get(i);
            objectiveOffTrack(id, objective, i, asOf).ifPresent(alerts::add);
            for (int j = 0; j < objective.actions().size(); j++) {
                Action action = objective.actions().get(j);
                if (action.isOverdue(asOf)) {
                    alerts.add(overdueAction(id, objective, i, action, j, asOf));
                }
            }
        }

        boolean overInvesting = sustained.isPresent()
                && sustained.get().side() == EquilibriumStatus.VENDOR_OVERINVESTING;
        if (overInvesting && quadrant == Quadrant.TRANSACTIONAL && !customer.isEmpty() && map.champions().isEmpty()) {
            alerts.add(qualifyOut(account, settings, sustained.get(), periods, customer.size()));
        }
        return alerts;
    }

    private static Optional<Alert> stalePlan(Account account, Freshness freshness, LocalDate asOf) {
        OptionalInt last = account.lastReviewIndex();
        String action = "Hold an account review (a QBR, or an executive review) and record it under reviews: a plan"
                + " nobody has reviewed for " + freshness.reviewDays() + " days no longer says what the team knows.";
        if (last.isEmpty()) {
            return Optional.of(Alert.about(account.id(), Code.STALE_PLAN,
                    "No review is recorded, so none is within review_days (" + freshness.reviewDays()
                            + ") of the as-of date " + asOf + ".",
                    action, Optional.of("/reviews")));
        }
        Review review = account.reviews().get(last.getAsInt());
        if (!freshness.reviewIsStale(review.date(), asOf)) {
            return Optional.empty();
        }
        String pointer = "/reviews/" + last.getAsInt() + "/date";
        Message m = new Message().add("Last review ").cite(review.date(), pointer)
                .add(" is " + Figures.days(Freshness.daysBetween(review.date(), asOf)) + " before the as-of date " + asOf
                        + "; review_days is " + freshness.reviewDays() + ".");
        return Optional.of(Alert.about(account.id(), Code.STALE_PLAN, m, action, Optional.of(pointer)));
    }

    private static Optional<Alert> staleContact(String id, StakeholderMap map, Stakeholder s, Freshness freshness,
                                                LocalDate asOf) {
        String at = pointer(map, s);
        String action = "Get in touch with " + s.name() + " and record the date under last_contact: influential"
                + " people who do not hear from you hear from your competitors.";
        Message m = new Message().add("High-influence customer stakeholder ").cite(s.name(), at + "/name");
        if (s.lastContact().isEmpty()) {
            m.add(" has no last_contact recorded; contact_days is " + freshness.contactDays() + ".");
            return Optional.of(Alert.about(id, Code.STALE_CONTACT, m, action, Optional.of(at)));
        }
        LocalDate last = s.lastContact().get();
        if (!freshness.contactIsStale(last, asOf)) {
            return Optional.empty();
        }
        m.add(" was last contacted on ").cite(last, at + "/last_contact")
                .add(", " + Figures.days(Freshness.daysBetween(last, asOf)) + " before the as-of date " + asOf
                        + "; contact_days is " + freshness.contactDays() + ".");
        return Optional.of(Alert.about(id, Code.STALE_CONTACT, m, action, Optional.of(at + "/last_contact")));
    }

    /** Each person with their stance, e.g. "Dana Ruiz (line 12) supporter, Sam Chen (line 19) neutral". */
    private static void stances(Message m, StakeholderMap map, List<Stakeholder> people) {
        for (int i = 0; i < people.size(); i++) {
            Stakeholder s = people.get(i);
            m.add(i == 0 ? "" : ", ").cite(s.name(), pointer(map, s) + "/name").add(" " + s.stance().id());
        }
    }

    private static Optional<Alert> objectiveOffTrack(String id, Objective objective, int index, LocalDate asOf) {
        boolean offTrack = objective.status() == ObjectiveStatus.OFF_TRACK;
        boolean overdue = objective.isOverdue(asOf);
        if (!offTrack && !overdue) {
            return Optional.empty();
        }
        String at = "/objectives/" + index;
        Message m = new Message().add("Objective ").cite(objective.id(), at + "/id")
                .add(" (" + objective.statement() + ")");
        if (offTrack) {
            m.add(" is marked ").cite(objective.status().id(), at + "/status");
        }
        if (overdue) {
            LocalDate due = objective.due().orElseThrow();
            m.add(offTrack ? " and was due " : " was due ").cite(due, at + "/due")
                    .add(", " + Figures.days(Freshness.daysBetween(due, asOf)) + " before the as-of date " + asOf
                            + (offTrack ? "" : ", and is " + objective.status().words() + ", not done"));
        }
        m.add(".");
        String owner = objective.owner().isEmpty() ? "its owner" : objective.owner();
        return Optional.of(Alert.about(id, Code.OBJECTIVE_OFF_TRACK, m,
                "Agree a recovery plan with " + owner + ", or restate the objective with a date the team can meet.",
                Optional.of(at + (offTrack ? "/status" : "/due"))));
    }

    private static Alert overdueAction(String id, Objective objective, int i, Action action, int j, LocalDate asOf) {
        String at = "/objectives/" + i + "/actions/" + j;
        LocalDate due = action.due().orElseThrow();
        Message m = new Message().add("Action ").cite("'" + action.what() + "'", at + "/what")
                .add(" for objective " + objective.id()
                        + (action.owner().isEmpty() ? "" : ", owned by " + action.owner()) + ", was due ")
                .cite(due, at + "/due")
                .add(", " + Figures.days(Freshness.daysBetween(due, asOf)) + " before the as-of date " + asOf
                        + ", and is not done.");
        return Alert.about(id, Code.OVERDUE_ACTION, m,
                "Do it and set done: true, or agree a new due date with "
                        + (action.owner().isEmpty() ? "whoever owns it" : action.owner()) + ".",
                Optional.of(at + "/due"));
    }

    private static Alert qualifyOut(Account account, Settings settings, SustainedImbalance sustained,
                                    List<PeriodBalance> periods, int customerStakeholders) {
        Message m = new Message().add("Vendor over-investing for the last " + sustained.periods().size() + " "
                        + settings.period().id() + "s (" + AccountAnalysis.sustainedFigures(sustained, periods)
                        + "); the customer values you transactionally (intellectual ")
                .cite(Figures.plain(account.orientation().scores().intellectual()), "/orientation/intellectual")
                .add(", emotional ")
                .cite(Figures.plain(account.orientation().scores().emotional()), "/orientation/emotional")
                .add(", high from " + Figures.plain(settings.threshold().value()) + "); and none of the ")
                .cite(customerStakeholders + " customer stakeholder" + (customerStakeholders == 1 ? "" : "s"),
                        "/stakeholders")
                .add(" is a champion. Nobody there values what you give or will fight for it.");
        return Alert.about(account.id(), Code.QUALIFY_OUT_CANDIDATE, m,
                "Consider qualifying out: cut what you give to what the account pays for and put the effort into"
                        + " accounts that value it; or find a champion and a reason to partner before investing more.",
                Optional.of("/orientation"));
    }

    private static String pointer(StakeholderMap map, Stakeholder s) {
        return "/stakeholders/" + map.indexOf(s);
    }
}
