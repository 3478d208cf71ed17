package org.valueexchange.core.stakeholder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        for (Stakeholder s : people) {
            List<String> cycle = cycleFrom(s, byName);
            if (!cycle.isEmpty()) {
                throw new IllegalArgumentException("reports_to goes round in a circle: " + String.join(" -> ", cycle));
            }
        }
    }

    /**
     * The chain of managers from {@code start} when it comes back to {@code start}, ending with
     * it again; empty when the chain ends at a root. For readers that report the circle.
     */
    public static List<String> cycleFrom(Stakeholder start, Map<String, Stakeholder> byName) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        chain.add(start.name());
        seen.add(start.name());
        Optional<String> next = start.reportsTo();
        while (next.isPresent()) {
            chain.add(next.get());
            if (next.get().equals(start.name())) {
                return chain;
            }
            if (!seen.add(next.get())) {
                return List.of();   // a circle further up, reported from one of its members
            }
            Stakeholder manager = byName.get(next.get());
            next = manager == null ? Optional.empty() : manager.reportsTo();
        }
        return List.of();
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
