package org.valueexchange.reports.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.valueexchange.reports.plan.YamlNode.Entry;
import org.valueexchange.reports.plan.YamlNode.ListNode;
import org.valueexchange.reports.plan.YamlNode.MapNode;
import org.valueexchange.reports.plan.YamlNode.ScalarNode;

/**
 * The values of one YAML mapping, read by key, with every problem reported: unknown keys
 * (with the closest known one), missing keys, wrong types and values out of range. A value
 * with a problem reads as empty, so that reading goes on and finds the next problem.
 */
final class Fields {

    /** {@code YYYY-MM-DD} in ASCII digits. */
    static boolean isIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private final MapNode map;
    private final String what;
    private final Problems problems;

    private Fields(MapNode map, String what, Problems problems) {
        this.map = map;
        this.what = what;
        this.problems = problems;
    }

    /**
     * The mapping in {@code node}, checked against its known keys.
     *
     * @param what the mapping's name in messages, e.g. "an exchange"
     */
    static Optional<Fields> of(YamlNode node, String what, Set<String> keys, Problems problems) {
        if (!(node instanceof MapNode map)) {
            problems.add(node.location(), "expected " + what + " (a mapping of keys to values), found " + node.describe());
            return Optional.empty();
        }
        for (Entry entry : map.entries().values()) {
            if (!keys.contains(entry.key())) {
                problems.add(entry.keyLocation(), () -> "unknown key " + Problems.quote(entry.key()) + " in " + what
                        + Suggestions.closest(entry.key(), keys).map(s -> ", did you mean '" + s + "'?")
                        .orElse("; expected one of " + String.join(", ", keys)));
            }
        }
        return Optional.of(new Fields(map, what, problems));
    }

    /** Keys in the order messages list them. */
    static Set<String> keys(String... keys) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(keys)));
    }

    /** The names of enum constants as plans write them, in declaration order. */
    static <E extends Enum<E>> Map<String, E> choices(Class<E> type, Function<E, String> id) {
        Map<String, E> choices = new java.util.LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            choices.put(id.apply(constant), constant);
        }
        return java.util.Collections.unmodifiableMap(choices);
    }

    Location location() {
        return map.location();
    }

    /** Where the value of {@code key} is, or where the mapping is if the key is absent. */
    Location locationOf(String key) {
        Entry entry = map.entries().get(key);
        return entry == null ? map.location() : entry.value().location();
    }

    boolean has(String key) {
        Entry entry = map.entries().get(key);
        return entry != null && !isNull(entry.value());
    }

    /** The value of {@code key}; a null value counts as absent. */
    Optional<YamlNode> node(String key) {
        Entry entry = map.entries().get(key);
        return entry == null || isNull(entry.value()) ? Optional.empty() : Optional.of(entry.value());
    }

    Optional<YamlNode> required(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            problems.add(locationOf(key), what + " needs '" + key + "'");
        }
        return node;
    }

    // The accessors test Optionals rather than flatMap them with lambdas: they run for every value
    // of every plan, and a capturing lambda costs a native call each time under the quick compiler.

    Optional<String> string(String key) {
        Optional<YamlNode> n = node(key);
        return n.isPresent() ? text(n.get(), key) : Optional.empty();
    }

    Optional<String> requiredString(String key) {
        Optional<YamlNode> n = required(key);
        return n.isPresent() ? text(n.get(), key) : Optional.empty();
    }

    /**
     * A required string with something in it other than white space; a blank one is a problem,
     * told as "{@code whose} must not be blank" (whose: "an account's name", say).
     */
    Optional<String> requiredText(String key, String whose) {
        Optional<String> s = requiredString(key);
        if (s.isPresent() && s.get().isBlank()) {
            problems.add(locationOf(key), whose + " must not be blank");
            return Optional.empty();
        }
        return s;
    }

    Optional<BigDecimal> decimal(String key, BigDecimal min, BigDecimal max, boolean maxInclusive) {
        Optional<YamlNode> n = node(key);
        return n.isPresent() ? decimal(n.get(), key, min, max, maxInclusive) : Optional.empty();
    }

    Optional<BigDecimal> requiredDecimal(String key, BigDecimal min, BigDecimal max, boolean maxInclusive) {
        Optional<YamlNode> n = required(key);
        return n.isPresent() ? decimal(n.get(), key, min, max, maxInclusive) : Optional.empty();
    }

    Optional<Integer> integer(String key, int min) {
        return node(key).flatMap(n -> decimal(n, key, BigDecimal.valueOf(min), null, true))
                .flatMap(d -> whole(key, d));
    }

    /** A whole number from {@code min} to {@code max}. */
    Optional<Integer> integer(String key, int min, int max) {
        return node(key).flatMap(n -> decimal(n, key, BigDecimal.valueOf(min), BigDecimal.valueOf(max), true))
                .flatMap(d -> whole(key, d));
    }

    /** {@code d} as an int, or a problem that says whether it has a fraction or is too large for one. */
    private Optional<Integer> whole(String key, BigDecimal d) {
        try {
            return Optional.of(d.intValueExact());
        } catch (ArithmeticException e) {
            problems.add(locationOf(key), "'" + key + "' " + (d.stripTrailingZeros().scale() > 0
                    ? "must be a whole number" : "is too large: at most " + Integer.MAX_VALUE) + ", was "
                    + d.toPlainString());
            return Optional.empty();
        }
    }

    Optional<Boolean> bool(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof ScalarNode s && s.type() == ScalarNode.Type.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
            }
            problems.add(n.location(), "'" + key + "' must be true or false, found " + n.describe());
            return Optional.empty();
        });
    }

    Optional<LocalDate> requiredDate(String key) {
        Optional<YamlNode> n = required(key);
        return n.isPresent() ? date(n.get(), key) : Optional.empty();
    }

    Optional<LocalDate> date(String key) {
        Optional<YamlNode> n = node(key);
        return n.isPresent() ? date(n.get(), key) : Optional.empty();
    }

    /** One of {@code choices}, by its name in plans. */
    <E> Optional<E> choice(String key, Map<String, E> choices) {
        Optional<YamlNode> n = node(key);
        return n.isPresent() ? choice(n.get(), key, choices) : Optional.empty();
    }

    <E> Optional<E> requiredChoice(String key, Map<String, E> choices) {
        Optional<YamlNode> n = required(key);
        return n.isPresent() ? choice(n.get(), key, choices) : Optional.empty();
    }

    /** Where the key {@code key} itself is written, or where the mapping is if it is absent. */
    Location keyLocationOf(String key) {
        Entry entry = map.entries().get(key);
        return entry == null ? map.location() : entry.keyLocation();
    }

    /** The items of a list, each read by {@code item}; an absent key reads as an empty list. */
    <T> List<T> list(String key, Function<YamlNode, Optional<T>> item) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof ListNode list)) {
            problems.add(node.get().location(), "'" + key + "' must be a list, found " + node.get().describe());
            return List.of();
        }
        List<T> result = new ArrayList<>(list.items().size());
        for (YamlNode n : list.items()) {
            Optional<T> value = item.apply(n);
            if (value.isPresent()) {
                result.add(value.get());
            }
        }
        return result;
    }

    /** A list of strings. */
    List<String> strings(String key) {
        return list(key, n -> text(n, key));
    }

    /** The mapping under {@code key}, checked against its keys. */
    Optional<Fields> fields(String key, String what, Set<String> keys) {
        return node(key).flatMap(n -> of(n, what, keys, problems));
    }

    Problems problems() {
        return problems;
    }

    Optional<String> text(YamlNode node, String key) {
        if (node instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            int control = firstControl(s.text());
            if (control >= 0) {
                // YAML lets a quoted string write any character as an escape (\e, \0, \x1b); text on a
                // review page or in a CI log has no use for them, and a terminal would obey them.
                problems.add(node.location(), "'" + key + "' holds the control character "
                        + String.format(Locale.ROOT, "U+%04X", (int) s.text().charAt(control))
                        + " at character " + (control + 1)
                        + "; write text without control characters");
                return Optional.empty();
            }
            return Optional.of(s.text());
        }
        problems.add(node.location(), "'" + key + "' must be text, found " + node.describe()
                + (node instanceof ScalarNode ? " (put it in quotes)" : ""));
        return Optional.empty();
    }

    /** The index of the first control character other than tab and line feed, or -1. */
    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n') {
                return i;
            }
        }
        return -1;
    }

    Optional<BigDecimal> decimal(YamlNode node, String key, BigDecimal min, BigDecimal max, boolean maxInclusive) {
        if (!(node instanceof ScalarNode s) || s.type() != ScalarNode.Type.NUMBER) {
            problems.add(node.location(), "'" + key + "' must be a number, found " + node.describe());
            return Optional.empty();
        }
        if (s.number().isEmpty()) {
            problems.add(node.location(), "'" + key + "' must be a finite number, found " + s.text());
            return Optional.empty();
        }
        BigDecimal value = s.number().get();
        boolean tooHigh = max != null && (maxInclusive ? value.compareTo(max) > 0 : value.compareTo(max) >= 0);
        if (value.compareTo(min) < 0 || tooHigh) {
            problems.add(node.location(), "'" + key + "' must be " + range(min, max, maxInclusive) + ", was " + s.text());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String range(BigDecimal min, BigDecimal max, boolean maxInclusive) {
        if (max == null) {
            return ">= " + min.toPlainString();
        }
        return "from " + min.toPlainString() + " to " + max.toPlainString() + (maxInclusive ? "" : " (exclusive)");
    }

    Optional<LocalDate> date(YamlNode node, String key) {
        if (node instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING && isIsoDate(s.text())) {
            // By hand: the regular expression and LocalDate.parse were a tenth of reading a plan.
            String t = s.text();
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
                        Integer.parseInt(t, 8, 10, 10)));
            } catch (java.time.DateTimeException e) {
                problems.add(node.location(), "'" + key + "' is not a real date: " + Problems.escape(s.text()));
                return Optional.empty();
            }
        }
        problems.add(node.location(), "'" + key + "' must be a date as YYYY-MM-DD, found " + node.describe());
        return Optional.empty();
    }

    <E> Optional<E> choice(YamlNode node, String key, Map<String, E> choices) {
        if (node instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            E value = choices.get(s.text());
            if (value != null) {
                return Optional.of(value);
            }
            problems.add(node.location(), () -> "unknown " + key + " " + Problems.quote(s.text())
                    + Suggestions.closest(s.text(), choices.keySet()).map(c -> ", did you mean '" + c + "'?")
                    .orElse("; expected one of " + String.join(", ", choices.keySet())));
            return Optional.empty();
        }
        problems.add(node.location(), "'" + key + "' must be one of " + String.join(", ", choices.keySet())
                + ", found " + node.describe());
        return Optional.empty();
    }

    /** A null, or an empty value: Jackson reads a key with nothing after it ({@code reviews:}) as "". */
    private static boolean isNull(YamlNode node) {
        return node instanceof ScalarNode s
                && (s.type() == ScalarNode.Type.NULL || s.type() == ScalarNode.Type.STRING && s.text().isEmpty());
    }
}
