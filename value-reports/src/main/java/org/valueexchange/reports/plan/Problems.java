package org.valueexchange.reports.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects problems, so that a run reports all of them, not only the first: up to
 * {@link #MAX_PER_FILE} per file, and then how many more there are, so that a hostile file
 * cannot flood the output or the memory.
 */
final class Problems {

    /** The most problems listed for one file. */
    static final int MAX_PER_FILE = 100;

    /** The most characters of a user's text that a message quotes. */
    static final int MAX_QUOTED = 40;

    private static final String MORE_FORMAT = "and %d more problem%s in this file, not listed; fix these first";
    static final Pattern MORE =
            Pattern.compile("and (\\d+) more problems? in this file, not listed; fix these first");

    private final List<Problem> list = new ArrayList<>();
    private final Map<String, Integer> perFile = new HashMap<>();
    private int dropped;

    void add(Location location, String message) {
        add(new Problem(location, message));
    }

    /** As {@link #add(Location, String)}; the message is only made if it will be listed. */
    void add(Location location, Supplier<String> message) {
        if (perFile.getOrDefault(location.path(), 0) >= MAX_PER_FILE) {
            perFile.merge(location.path(), 1, Integer::sum);
            dropped++;
        } else {
            add(new Problem(location, message.get()));
        }
    }

    void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    private void add(Problem problem) {
        if (MORE.matcher(problem.message()).matches()) {
            // The count of another collection, sorted and added to this one: count them again here.
            int n = problem.count();
            perFile.merge(problem.location().path(), n, Integer::sum);
            dropped += n;
            return;
        }
        int count = perFile.merge(problem.location().path(), 1, Integer::sum);
        if (count > MAX_PER_FILE) {
            dropped++;
        } else {
            list.add(problem);
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Every problem found, listed or not. */
    int size() {
        return list.size() + dropped;
    }

    /** By file, line and column; after the last one listed for a file, how many more it has, if any. */
    List<Problem> sorted() {
        List<Problem> sorted = list.stream().sorted(Problem.ORDER).toList();
        if (dropped == 0) {
            return sorted;
        }
        List<Problem> result = new ArrayList<>(sorted.size() + perFile.size());
        for (int i = 0; i < sorted.size(); i++) {
            Problem problem = sorted.get(i);
            result.add(problem);
            String path = problem.location().path();
            boolean lastOfFile = i + 1 == sorted.size() || !sorted.get(i + 1).location().path().equals(path);
            int more = perFile.get(path) - MAX_PER_FILE;
            if (lastOfFile && more > 0) {
                String message = String.format(Locale.ROOT, MORE_FORMAT, more, more == 1 ? "" : "s");
                result.add(new Problem(problem.location(), message));
            }
        }
        return List.copyOf(result);
    }

    /**
     * A user's text as a message quotes it: in single quotes, its first {@link #MAX_QUOTED}
     * characters, with line breaks, control and invisible formatting characters escaped, so
     * that a message stays on one line and cannot pass for another one, or for a command to a
     * terminal or a CI runner.
     */
    static String quote(String text) {
        return "'" + escape(text) + "'";
    }

    /** As {@link #quote(String)}, without the quotes. */
    static String escape(String text) {
        return escape(text, MAX_QUOTED);
    }

    /** A message from a library, which may quote the file: one line, nothing a terminal obeys. */
    static String oneLine(String message) {
        return message == null ? "no details" : escape(message, Integer.MAX_VALUE);
    }

    private static String escape(String text, int max) {
        return OneLine.of(text, max);
    }
}
