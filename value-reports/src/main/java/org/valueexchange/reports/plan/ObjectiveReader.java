package org.valueexchange.reports.plan;

import static org.valueexchange.reports.plan.Fields.keys;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valueexchange.core.objective.Action;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.objective.ObjectiveStatus;

/** Reads an account's {@code objectives} and their {@code actions}. */
final class ObjectiveReader {

    static final Set<String> KEYS = keys("id", "statement", "owner", "due", "status", "actions");
    static final Set<String> ACTION_KEYS = keys("what", "owner", "due", "done");
    static final Map<String, ObjectiveStatus> STATUSES = Fields.choices(ObjectiveStatus.class, ObjectiveStatus::id);

    private final Problems problems;

    ObjectiveReader(Problems problems) {
        this.problems = problems;
    }

    /** The objectives under {@code plan}'s {@code objectives}, ids unique; none if the key is absent. */
    List<Objective> read(Fields plan) {
        Map<String, Location> seen = new HashMap<>();
        return plan.list("objectives", node -> objective(node, seen));
    }

    private Optional<Objective> objective(YamlNode node, Map<String, Location> seen) {
        return Fields.of(node, "an objective", KEYS, problems).flatMap(f -> {
            int before = problems.size();
            Optional<String> id = f.requiredString("id");
            if (id.isPresent() && !Objective.ID.matcher(id.get()).matches()) {
                problems.add(f.locationOf("id"), "objective id " + Problems.quote(id.get()) + " is not valid: use 1 to"
                        + " 64 lower case letters, digits, '.', '_' or '-', e.g. shorten-redesigns");
            } else if (id.isPresent()) {
                Location first = seen.putIfAbsent(id.get(), f.locationOf("id"));
                if (first != null) {
                    problems.add(f.locationOf("id"), "objective id '" + id.get() + "' is already used on line "
                            + first.line() + "; give each objective its own id");
                }
            }
            Optional<String> statement = f.requiredText("statement", "an objective's statement");
            String owner = f.string("owner").orElse("");
            Optional<LocalDate> due = f.date("due");
            Optional<ObjectiveStatus> status = f.requiredChoice("status", STATUSES);
            List<Action> actions = f.list("actions", this::action);
            if (problems.size() > before || id.isEmpty() || statement.isEmpty() || status.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Objective(id.get(), statement.get(), owner, due, status.get(), actions));
        });
    }

    private Optional<Action> action(YamlNode node) {
        return Fields.of(node, "an action", ACTION_KEYS, problems).flatMap(f -> {
            Optional<String> what = f.requiredText("what", "an action's 'what'");
            String owner = f.string("owner").orElse("");
            Optional<LocalDate> due = f.date("due");
            boolean done = f.bool("done").orElse(false);
            return what.map(w -> new Action(w, owner, due, done));
        });
    }
}
