package org.valueexchange.core.stakeholder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people who matter to an account and who reports to whom: an org chart, or several
 * (a root is anyone whose manager is not listed).
 *
 * @param people in the plan's order; names unique, every {@code reportsTo} names one of them,
 *               and no one reports to themselves, however indirectly
 */
public record StakeholderMap(List<Stakeholder> people) {

    public static final StakeholderMap NONE = new StakeholderMap(List.of());

    public StakeholderMap {
        people = List.copyOf(people);
        Map<String, Stakeholder> byName = new LinkedHashMap<>();
        for (Stakeholder s : people) {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("stakeholder '" + s.name() + "' is listed twice");
            }
        }
        for (Stakeholder s : people) {
            if (s.reportsTo().isPresent() && !byName.containsKey(s.reportsTo().get())) {
                throw new IllegalArgumentException(s.name() + " reports to '" + s.reportsTo().get()
                        + "', who is not a stakeholder");
            }
        }
        List<List<String>> cycles = cycles(byName);
        if (!cycles.isEmpty()) {
            throw new IllegalArgumentException("reports_to goes round in a circle: " + String.join(" -> ", cycles.get(0)));
        }
    }

    /**
     * Every circle of managers among {@code byName}'s people, once each: the names from the
     * member that comes first in {@code byName}'s order, round the circle to that member again;
     * the circles in the order of those members. A {@code reportsTo} naming no one in
     * {@code byName} ends a chain. For readers that report the circles. Linear in the number of
     * people, however long the chains.
     */
    public static List<List<String>> cycles(Map<String, Stakeholder> byName) {
        Map<String, Integer> position = new HashMap<>();
        for (String name : byName.keySet()) {
            position.put(name, position.size());
        }
        // Each name is walked once: on the walk under way (false) or done (true).
        Map<String, Boolean> done = new HashMap<>();
        List<List<String>> cycles = new ArrayList<>();
        for (String start : byName.keySet()) {
            List<String> walk = new ArrayList<>();
            String at = start;
            while (at != null && byName.containsKey(at) && !done.containsKey(at)) {
                done.put(at, false);
                walk.add(at);
                at = byName.get(at).reportsTo().orElse(null);
            }
            if (at != null && Boolean.FALSE.equals(done.get(at))) {
                List<String> circle = walk.subList(walk.indexOf(at), walk.size());
                String first = circle.stream().min(Comparator.comparing(position::get)).orElseThrow();
                List<String> cycle = new ArrayList<>(circle.subList(circle.indexOf(first), circle.size()));
                cycle.addAll(circle.subList(0, circle.indexOf(first)));
                cycle.add(first);
                cycles.add(cycle);
            }
            walk.forEach(name -> done.put(name, true));
        }
        cycles.sort(Comparator.comparing(cycle -> position.get(cycle.get(0))));
        return cycles;
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }

    public Optional<Stakeholder> find(String name) {
        return people.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The customer's people, in the plan's order. */
    public List<Stakeholder> customer() {
        return people.stream().filter(Stakeholder::isCustomer).toList();
    }

    /** The customer's champions, in the plan's order. */
    public List<Stakeholder> champions() {
        return people.stream().filter(Stakeholder::isChampion).toList();
    }

    /** Those with no manager among the stakeholders, in the plan's order. */
    public List<Stakeholder> roots() {
        return people.stream().filter(s -> s.reportsTo().isEmpty()).toList();
    }

    /** Those who report directly to {@code name}, in the plan's order. */
    public List<Stakeholder> reportsOf(String name) {
        return people.stream().filter(s -> s.reportsTo().equals(Optional.of(name))).toList();
    }

    /** The position of {@code person} in the plan, from 0, for pointers into it. */
    public int indexOf(Stakeholder person) {
        return people.indexOf(person);
    }
}
