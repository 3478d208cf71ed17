package org.valueexchange.reports.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML value that remembers where it was written. */
sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.ScalarNode {

    Location location();

    /** What the node is, in the words of an error message: "a mapping", "a list", "a string"... */
    String describe();

    /** A mapping entry: the key's location, for messages about the key itself. */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    /** Keys in the file's order, unique. */
    record MapNode(Location location, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(Location location, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar as written.
     *
     * @param type   how YAML typed it
     * @param text   the text as written
     * @param number the exact value, for a finite number
     */
    record ScalarNode(Location location, Type type, String text, Optional<BigDecimal> number) implements YamlNode {

        enum Type { STRING, NUMBER, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "the text " + Problems.quote(text);
                case NUMBER -> "the number " + Problems.escape(text);
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "nothing";
            };
        }
    }
}
