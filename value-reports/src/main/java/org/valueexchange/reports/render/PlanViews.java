package org.valueexchange.reports.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.Review;
import org.valueexchange.core.freshness.Freshness;
import org.valueexchange.core.objective.Action;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.objective.ObjectiveStatus;
import org.valueexchange.core.portfolio.AccountSummary;
import org.valueexchange.core.portfolio.OverdueAction;
import org.valueexchange.core.portfolio.PortfolioOverview;
import org.valueexchange.core.stakeholder.RelationshipLevel;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;

/**
 * What templates see of how a plan is kept: its people and the org chart, the relationship
 * ladder, objectives and actions, the review history, and freshness; and, for the index, each
 * account's freshness and the overdue actions across the portfolio, from summaries alone.
 */
final class PlanViews {

    private PlanViews() {
    }

    /** The model entries an account page adds, as of the review's date. */
    static void account(Map<String, Object> model, Account a, LocalDate asOf, Freshness freshness,
                        java.util.function.Function<String, Object> notes) {
        model.put("freshness", freshness(a, asOf, freshness));
        StakeholderMap map = a.stakeholders();
        model.put("stakeholders", map.people().stream().map(s -> person(s, asOf, freshness)).toList());
        model.put("orgChart", map.isEmpty() ? Views.map() : OrgChart.of(map));
        model.put("ladder", map.people().stream().filter(s -> s.relationship().isPresent())
                .<Object>map(PlanViews::rungs).toList());
        model.put("objectives", a.objectives().stream().map(o -> objective(o, asOf)).toList());
        model.put("history", a.reviews().stream()
                .sorted(Comparator.comparing(Review::date).reversed())
                .map(r -> review(r, notes)).toList());
    }

    private static Map<String, Object> freshness(Account a, LocalDate asOf, Freshness freshness) {
        if (a.lastReview().isEmpty()) {
            return Views.map("last", "", "days", "", "ago", "", "reviewDays", freshness.reviewDays(), "stale", true,
                    "words", "No review is recorded.");
        }
        LocalDate last = a.lastReview().get();
        long days = Freshness.daysBetween(last, asOf);
        boolean stale = freshness.reviewIsStale(last, asOf);
        return Views.map("last", last.toString(), "days", days, "ago", agoWords(days),
                "reviewDays", freshness.reviewDays(), "stale", stale,
                "words", "Last review " + last + ", " + daysWords(days) + " the as-of date " + asOf
                        + "; a review is due every " + freshness.reviewDays() + " days.");
    }

    /** E.g. "55 days ago", "on the as-of date", "3 days after the as-of date". */
    static String agoWords(long days) {
        if (days == 0) {
            return "on the as-of date";
        }
        long n = Math.abs(days);
        return n + (n == 1 ? " day " : " days ") + (days > 0 ? "ago" : "after the as-of date");
    }

    /** E.g. "55 days before", "on", "3 days after". */
    static String daysWords(long days) {
        if (days == 0) {
            return "on";
        }
        long n = Math.abs(days);
        return n + (n == 1 ? " day " : " days ") + (days > 0 ? "before" : "after");
    }

    private static Map<String, Object> person(Stakeholder s, LocalDate asOf, Freshness freshness) {
        String contact = s.lastContact().map(LocalDate::toString).orElse("");
        boolean stale = s.isCustomer() && s.influence() == org.valueexchange.core.stakeholder.Influence.HIGH
                && s.lastContact().map(d -> freshness.contactIsStale(d, asOf)).orElse(true);
        return Views.map("name", s.name(), "role", s.role(), "side", s.side().id(), "influence", s.influence().id(),
                "stance", s.stance().id(), "reportsTo", s.reportsTo().orElse(""), "lastContact", contact,
                "contactDays", s.lastContact().map(d -> daysWords(Freshness.daysBetween(d, asOf))).orElse(""),
                "contactStale", stale);
    }

    private static Map<String, Object> rungs(Stakeholder s) {
        RelationshipLevel current = s.relationship().orElseThrow().current();
        RelationshipLevel target = s.relationship().orElseThrow().target();
        List<Object> ladder = new ArrayList<>();
        for (RelationshipLevel level : RelationshipLevel.values()) {
            String state = level.compareTo(current) <= 0 ? "reached" : level.compareTo(target) <= 0 ? "target" : "beyond";
            ladder.add(Views.map("level", level.words(), "state", state));
        }
        int gap = s.relationship().orElseThrow().gap();
        return Views.map("name", s.name(), "role", s.role(), "current", current.words(), "target", target.words(),
                "currentRung", current.rung(), "targetRung", target.rung(), "gap", gap,
                "gapWords", gap == 0 ? "at target" : gap + (gap == 1 ? " rung to climb" : " rungs to climb"),
                "rungs", ladder);
    }

    private static Map<String, Object> objective(Objective o, LocalDate asOf) {
        boolean overdue = o.isOverdue(asOf);
        return Views.map("id", o.id(), "statement", o.statement(), "owner", o.owner(),
                "due", o.due().map(LocalDate::toString).orElse(""), "status", o.status().words(),
                "statusId", o.status().id(), "shape", statusShape(o.status()), "overdue", overdue,
                "actions", o.actions().stream().map(a -> action(a, asOf)).toList(),
                "done", o.actions().stream().filter(Action::done).count(), "total", o.actions().size());
    }

    /** One marker per objective status, so that colour is never the only cue. */
    static String statusShape(ObjectiveStatus status) {
        return switch (status) {
            case ON_TRACK -> "circle";
            case AT_RISK -> "up";
            case OFF_TRACK -> "down";
            case DONE -> "none";
        };
    }

    private static Map<String, Object> action(Action a, LocalDate asOf) {
        boolean overdue = a.isOverdue(asOf);
        String state = a.done() ? "done" : overdue ? "overdue" : "open";
        return Views.map("what", a.what(), "owner", a.owner(), "due", a.due().map(LocalDate::toString).orElse(""),
                "state", state, "overdue", overdue, "done", a.done(),
                "late", overdue ? daysWords(Freshness.daysBetween(a.due().orElseThrow(), asOf)).replace("before", "overdue")
                        : "");
    }

    private static Map<String, Object> review(Review r, java.util.function.Function<String, Object> notes) {
        int rating = r.rating().orElse(0);
        return Views.map("date", r.date().toString(), "kind", r.kind().map(k -> k.words()).orElse(""),
                "kindId", r.kind().map(k -> k.id()).orElse(""),
                "rating", rating, "stars", rating == 0 ? "" : "★".repeat(rating) + "☆".repeat(Review.MAX_RATING - rating),
                "attendees", r.attendees(), "notes", notes.apply(r.notes()), "hasNotes", !r.notes().isBlank());
    }

    // ---------------------------------------------------------------- index

    /** Days since the latest review, from the summary alone; {@code Long.MAX_VALUE} when there is none. */
    static long daysSinceReview(AccountSummary summary, LocalDate asOf) {
        return summary.lastReview().map(d -> Freshness.daysBetween(d, asOf)).orElse(Long.MAX_VALUE);
    }

    static Map<String, Object> freshnessCell(AccountSummary summary, PortfolioOverview portfolio) {
        Freshness freshness = portfolio.settings().freshness();
        if (summary.lastReview().isEmpty()) {
            return Views.map("days", "none", "stale", true, "title", "no review recorded");
        }
        LocalDate last = summary.lastReview().get();
        long days = Freshness.daysBetween(last, portfolio.asOf());
        // A review dated after the as-of date counts as fresh: zero days, and the title says why.
        return Views.map("days", String.valueOf(Math.max(0, days)),
                "stale", freshness.reviewIsStale(last, portfolio.asOf()),
                "title", "last review " + last + (days < 0 ? ", " + agoWords(days) : ""));
    }

    /** The overdue actions across the portfolio, longest overdue first, each linked to its account. */
    static List<Object> overdue(PortfolioOverview portfolio, Map<String, String> names) {
        List<Object> rows = new ArrayList<>();
        for (OverdueAction a : portfolio.findings().overdueActions()) {
            rows.add(Views.map("account", names.getOrDefault(a.account(), a.account()),
                    "href", "accounts/" + a.account() + ".html#objective-" + a.objective(),
                    "objective", a.objective(), "what", a.what(), "owner", a.owner(), "due", a.due().toString(),
                    "late", daysWords(Freshness.daysBetween(a.due(), portfolio.asOf())).replace("before", "overdue")));
        }
        return rows;
    }
}
