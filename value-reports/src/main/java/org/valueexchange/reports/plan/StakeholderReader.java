package org.valueexchange.reports.plan;

import static org.valueexchange.reports.plan.Fields.keys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Relationship;
import org.valueexchange.core.stakeholder.RelationshipLevel;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;
import org.valueexchange.core.stakeholder.Stance;

/**
 * Reads an account's {@code stakeholders}: each person, then what only the whole list shows
 * (a name listed twice, a {@code reports_to} naming no one listed, a circle of managers), each
 * problem at the line it is on.
 */
final class StakeholderReader {

    static final Set<String> KEYS = keys("name", "role", "side", "influence", "stance", "relationship",
            "last_contact", "reports_to");
    static final Map<String, Side> SIDES = Fields.choices(Side.class, Side::id);
    static final Map<String, Influence> INFLUENCES = Fields.choices(Influence.class, Influence::id);
    static final Map<String, Stance> STANCES = Fields.choices(Stance.class, Stance::id);
    static final Map<String, RelationshipLevel> LEVELS = Fields.choices(RelationshipLevel.class, RelationshipLevel::id);

    private final Problems problems;

    StakeholderReader(Problems problems) {
        this.problems = problems;
    }

    /** A person as read, and the mapping they were read from, for messages about the whole list. */
    private record Read(Stakeholder person, Fields fields) {
    }

    /** The stakeholders under {@code plan}'s {@code stakeholders}; none if the key is absent. */
    Optional<StakeholderMap> read(Fields plan) {
        int before = problems.size();
        List<Read> people = plan.list("stakeholders", this::person);
        // The checks across people run even when some entries have problems of their own, so
        // that all problems show at once; a manager is known if any entry names them.
        Map<String, List<Location>> listed = listedNames(plan);
        // A name listed twice is told even when an entry with it has problems of its own.
        listed.forEach((name, places) -> {
            for (Location again : places.subList(1, places.size())) {
                problems.add(again, "stakeholder " + Problems.quote(name) + " is listed twice (first on line "
                        + places.get(0).line() + "); give each person one entry");
            }
        });
        Map<String, Read> byName = new LinkedHashMap<>();
        for (Read r : people) {
            byName.putIfAbsent(r.person().name(), r);
        }
        for (Read r : people) {
            Optional<String> manager = r.person().reportsTo();
            if (manager.isPresent() && !listed.containsKey(manager.get())) {
                problems.add(r.fields().locationOf("reports_to"), () -> "reports_to " + Problems.quote(manager.get())
                        + " is not a stakeholder of this account"
                        + Suggestions.closest(manager.get(), byName.keySet()).map(s -> ", did you mean '" + s + "'?")
                        .orElse("; list them under stakeholders too, or leave reports_to out"));
            }
        }
        Map<String, Stakeholder> persons = new LinkedHashMap<>();
        byName.forEach((name, r) -> persons.put(name, r.person()));
        for (List<String> cycle : StakeholderMap.cycles(persons)) {
            problems.add(byName.get(cycle.get(0)).fields().locationOf("reports_to"), "reports_to goes round in a circle: "
                    + String.join(" -> ", cycle.stream().map(Problems::escape).toList())
                    + "; someone in it must report to no one listed");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new StakeholderMap(people.stream().map(Read::person).toList()));
    }

    /**
     * The names every entry under {@code stakeholders} gives as text, whether or not the entry
     * reads, each with where every entry that gives it writes it, in the plan's order.
     */
    private static Map<String, List<Location>> listedNames(Fields plan) {
        Map<String, List<Location>> names = new LinkedHashMap<>();
        if (plan.node("stakeholders").orElse(null) instanceof YamlNode.ListNode list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.MapNode map && map.entries().get("name") != null
                        && map.entries().get("name").value() instanceof YamlNode.ScalarNode name
                        && name.type() == YamlNode.ScalarNode.Type.STRING) {
                    names.computeIfAbsent(name.text(), n -> new ArrayList<>()).add(name.location());
                }
            }
        }
        return names;
    }

    private Optional<Read> person(YamlNode node) {
        return Fields.of(node, "a stakeholder", KEYS, problems).flatMap(f -> {
            Optional<String> name = f.requiredText("name", "a stakeholder's name");
            String role = f.string("role").orElse("");
            Side side = f.choice("side", SIDES).orElse(Side.CUSTOMER);
            Optional<Influence> influence = f.requiredChoice("influence", INFLUENCES);
            Optional<Stance> stance = f.requiredChoice("stance", STANCES);
            Optional<Relationship> relationship = f.fields("relationship", "a relationship", keys("current", "target"))
                    .flatMap(this::relationship);
            Optional<LocalDate> lastContact = f.date("last_contact");
            Optional<String> reportsTo = f.string("reports_to");
            if (name.isPresent() && reportsTo.equals(name)) {
                problems.add(f.locationOf("reports_to"), Problems.quote(name.get()) + " cannot report to themselves");
                return Optional.empty();
            }
            if (name.isEmpty() || influence.isEmpty() || stance.isEmpty()
                    || (f.has("relationship") && relationship.isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(new Read(new Stakeholder(name.get(), role, side, influence.get(), stance.get(),
                    relationship, lastContact, reportsTo), f));
        });
    }

    private Optional<Relationship> relationship(Fields r) {
        Optional<RelationshipLevel> current = r.requiredChoice("current", LEVELS);
        Optional<RelationshipLevel> target = r.requiredChoice("target", LEVELS);
        if (current.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        if (target.get().compareTo(current.get()) < 0) {
            problems.add(r.locationOf("target"), "the target '" + target.get().id() + "' is below the current level '"
                    + current.get().id() + "'; the ladder goes " + String.join(" < ", LEVELS.keySet()));
            return Optional.empty();
        }
        return Optional.of(new Relationship(current.get(), target.get()));
    }
}
