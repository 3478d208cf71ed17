package org.valueexchange.reports.plan;

import java.util.ArrayList;
import java.util.List;

/** Collects problems, so that a run reports all of them, not only the first. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    void add(Location location, String message) {
        list.add(new Problem(location, message));
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<Problem> sorted() {
        return list.stream().sorted(Problem.ORDER).toList();
    }
}
