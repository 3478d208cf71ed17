package org.valueexchange.reports.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valueexchange.reports.plan.YamlNode.Entry;
import org.valueexchange.reports.plan.YamlNode.ListNode;
import org.valueexchange.reports.plan.YamlNode.MapNode;
import org.valueexchange.reports.plan.YamlNode.ScalarNode;

/**
 * A fast reader for the plain subset of YAML that plans are written in: block mappings and
 * sequences, one-line flow mappings and sequences, plain and one-line quoted scalars, literal
 * block scalars ({@code |}), comments. It gives exactly the tree, locations included, that
 * {@link YamlReader}'s full parser gives, and declines anything else: any other construct,
 * anything unusual, anything wrong, any limit approached. The full parser then reads the file
 * and says what is wrong with it, so this reader never has to.
 *
 * <p>Why: the full parser (SnakeYAML under Jackson) was most of a large site build's time,
 * and a site build reads every plan twice. {@code BlockYamlProperties} holds the two readers
 * to the same trees.
 */
final class BlockYaml {

    /** Plain words that YAML 1.1 reads as something other than text, which this reader leaves alone. */
    private static final Set<String> OTHER_WORDS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF", "True", "TRUE", "False", "FALSE", "Null", "NULL", "null", "true",
            "false");

    private final String text;
    /** The text's characters: indexing an array is cheaper than {@code charAt} in the hot loops. */
    private final char[] chars;
    private final String path;
    private final YamlReader.Limits limits;
    /** Where each line starts, and one more entry: the length of the text plus one. */
    private final int[] starts;
    private final int lines;
    private int values;

    /** Thrown to give the file to the full parser; cheap, as it carries no stack. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }

    private BlockYaml(String text, char[] chars, String path, YamlReader.Limits limits, int[] starts, int lines) {
        this.text = text;
        this.chars = chars;
        this.path = path;
        this.limits = limits;
        this.starts = starts;
        this.lines = lines;
    }

    /**
     * The tree of {@code text}, or empty when the full parser must read it. Reading it here
     * also means it has no character YAML forbids and no line over the limit, so the full
     * reader's own checks of those need not run.
     */
    static Optional<YamlNode> read(String text, String path, YamlReader.Limits limits) {
        char[] chars = text.toCharArray();
        int length = chars.length;
        if (length == 0 || chars[length - 1] != '\n') {
            return Optional.empty();
        }
        int[] starts = new int[16];
        int lines = 0;
        starts[lines++] = 0;
        int maxLine = limits.maxLineLength();
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F) {
                // Printable ASCII, nearly every character of a plan: nothing to check.
                continue;
            }
            if (c == '\n') {
                if (i - starts[lines - 1] > maxLine) {
                    return Optional.empty();
                }
                if (lines == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            } else if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c >= 0xD800) {
                // Tabs, other breaks, control characters, byte-order marks, surrogates (whose
                // columns the parser counts otherwise), private and special characters.
                return Optional.empty();
            }
        }
        // The last entry is the start of the empty "line" after the final break.
        try {
            return Optional.of(new BlockYaml(text, chars, path, limits, starts, lines - 1).document());
        } catch (Decline declined) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ lines

    private int start(int line) {
        return starts[line];
    }

    /** The end of a line's text, before its break. */
    private int end(int line) {
        return starts[line + 1] - 1;
    }

    private int indent(int line) {
        int i = start(line);
        int end = end(line);
        while (i < end && chars[i] == ' ') {
            i++;
        }
        return i - start(line);
    }

    /** Whether a line holds nothing but spaces or a comment. */
    private boolean blank(int line) {
        int i = start(line) + indent(line);
        return i == end(line) || chars[i] == '#';
    }

    private int nextContent(int line) {
        while (line < lines && blank(line)) {
            line++;
        }
        return line;
    }

    private Location at(int line, int index) {
        return new Location(path, line + 1, index - start(line) + 1);
    }

    /**
     * The text from {@code from} to {@code to} without the spaces that end it. Only spaces: YAML
     * keeps other white space, such as U+3000, which {@code String.stripTrailing} would drop.
     */
    private String spacesTrimmed(int from, int to) {
        int end = to;
        while (end > from && chars[end - 1] == ' ') {
            end--;
        }
        return text.substring(from, end);
    }

    private static RuntimeException decline() {
        return Decline.INSTANCE;
    }

    // ------------------------------------------------------------------ block structure

    private YamlNode document() {
        int first = nextContent(0);
        if (first == lines) {
            throw decline();
        }
        String head = text.substring(start(first), Math.min(end(first), start(first) + 3));
        if (head.startsWith("%") || head.equals("---") || head.equals("...")) {
            throw decline();
        }
        Parsed root = blockNode(first, indent(first), -1, 0);
        if (nextContent(root.next()) != lines) {
            throw decline();
        }
        return root.node();
    }

    /** A node and the first line after it. */
    private record Parsed(YamlNode node, int next) {
    }

    /** A block mapping or sequence that starts on its own line. */
    private Parsed blockNode(int line, int column, int parent, int depth) {
        int i = start(line) + column;
        if (dash(i, end(line))) {
            return sequence(line, column, depth);
        }
        return mapping(line, i, parent, depth);
    }

    /** Whether a block sequence entry ({@code -} then a space or the line's end) starts at {@code i}. */
    private boolean dash(int i, int end) {
        return i < end && chars[i] == '-' && (i + 1 == end || chars[i + 1] == ' ');
    }

    private void count(int depth) {
        if (++values > limits.maxValues() || depth > limits.maxDepth()) {
            throw decline();
        }
    }

    /** A block mapping whose first key starts at {@code first} on {@code line}; all its keys align there. */
    private Parsed mapping(int line, int first, int parent, int depth) {
        count(depth);
        int column = first - start(line);
        if (column <= parent) {
            throw decline();
        }
        Location location = at(line, first);
        Map<String, Entry> entries = new LinkedHashMap<>();
        int i = first;
        while (true) {
            int end = end(line);
            int colon = keyEnd(i, end);
            String key = spacesTrimmed(i, colon);
            checkKey(key);
            Parsed value = value(line, colon + 1, column, depth + 1, true);
            if (entries.put(key, new Entry(key, at(line, i), value.node())) != null) {
                throw decline();
            }
            line = nextContent(value.next());
            if (line == lines || indent(line) < column) {
                return new Parsed(new MapNode(location, entries), line);
            }
            if (indent(line) > column || dash(start(line) + column, end(line))) {
                // Deeper: a plain scalar over several lines, or an error. A dash in the keys'
                // column: a sequence after a value, an error.
                throw decline();
            }
            i = start(line) + column;
        }
    }

    /** The index of the colon that ends a plain key starting at {@code i}. */
    private int keyEnd(int i, int end) {
        if (i == end || !isKeyStart(chars[i])) {
            throw decline();
        }
        for (int j = i + 1; j < end && j - i < MAX_KEY; j++) {
            char c = chars[j];
            if (c == ':') {
                if (j + 1 == end || chars[j + 1] == ' ') {
                    return j;
                }
                throw decline();
            }
            if (!isKeyPart(c)) {
                throw decline();
            }
        }
        throw decline();
    }

    /** Characters after which a colon ends a plain scalar in a flow collection. */
    private static final boolean[] AFTER_COLON = table(" ,[]{}");
    /** Characters that end, or may end, a plain scalar in a flow collection, for the parser to read. */
    private static final boolean[] PLAIN_STOPS = table("?#[{\"'");

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[128];
        for (char c : chars.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    /** A table lookup: {@code String.indexOf} per character showed in the profile. */
    private static boolean isIn(char c, boolean[] table) {
        return c < table.length && table[c];
    }

    /** The longest of {@link #OTHER_WORDS}: a longer word is none of them, without hashing it. */
    private static final int OTHER_WORD_MAX = OTHER_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /** The first letters of {@link #OTHER_WORDS}: a word starting otherwise is none of them, without hashing it. */
    private static final boolean[] OTHER_WORD_STARTS = table(OTHER_WORDS.stream().map(w -> w.substring(0, 1))
            .collect(java.util.stream.Collectors.joining()));

    private static boolean isOtherWord(String s) {
        return s.length() <= OTHER_WORD_MAX && !s.isEmpty() && isIn(s.charAt(0), OTHER_WORD_STARTS)
                && OTHER_WORDS.contains(s);
    }

    /** Longer implicit keys are an error in YAML (it allows 1024 characters); leave them to the parser. */
    private static final int MAX_KEY = 1000;

    private static boolean isKeyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isKeyPart(char c) {
        return isKeyStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == ' ';
    }

    private void checkKey(String key) {
        if (key.length() > limits.maxStringLength() || isOtherWord(key)) {
            throw decline();
        }
    }

    /** A block sequence whose dashes are in {@code column}, the first on {@code line}. */
    private Parsed sequence(int line, int column, int depth) {
        count(depth);
        Location location = at(line, start(line) + column);
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            int dash = start(line) + column;
            Parsed item = value(line, dash + 1, column, depth + 1, false);
            items.add(item.node());
            line = nextContent(item.next());
            if (line == lines || indent(line) < column) {
                break;
            }
            if (indent(line) > column) {
                throw decline();
            }
            if (!dash(start(line) + column, end(line))) {
                break;
            }
        }
        return new Parsed(new ListNode(location, List.copyOf(items)), line);
    }

    /**
     * The value after a key's colon or a sequence's dash, which ends at {@code from - 1}.
     *
     * @param parent the column of the key or dash
     * @param inMap  a mapping's value (else a sequence entry, which may be a mapping itself)
     */
    private Parsed value(int line, int from, int parent, int depth, boolean inMap) {
        int end = end(line);
        int i = from;
        while (i < end && chars[i] == ' ') {
            i++;
        }
        if (i == end || chars[i] == '#') {
            if (i < end && i == from) {
                throw decline();
            }
            int next = nextContent(line + 1);
            if (next < lines && indent(next) > parent) {
                return blockNode(next, indent(next), parent, depth);
            }
            if (inMap && next < lines && indent(next) == parent && dash(start(next) + parent, end(next))) {
                return sequence(next, parent, depth);
            }
            count(depth);
            // An empty value is an empty text, placed where the indicator before it ends.
            return new Parsed(new ScalarNode(at(line, from), ScalarNode.Type.STRING, "", Optional.empty()), line + 1);
        }
        if (i == from) {
            throw decline();
        }
        char c = chars[i];
        Parsed parsed;
        switch (c) {
            case '|':
                parsed = literal(line, i, parent, depth);
                break;
            case '{':
            case '[':
                Flow flow = new Flow(line, i, depth);
                YamlNode node = flow.node();
                parsed = new Parsed(node, rest(line, flow.i));
                break;
            case '"':
            case '\'':
                count(depth);
                Flow quoted = new Flow(line, i, depth);
                String s = c == '"' ? quoted.doubleQuoted() : quoted.singleQuoted();
                parsed = new Parsed(new ScalarNode(at(line, i), ScalarNode.Type.STRING, s, Optional.empty()),
                        rest(line, quoted.i));
                break;
            default:
                if (!inMap && startsMapping(i, end)) {
                    return mapping(line, i, parent, depth);
                }
                int stop = plainEnd(i, end);
                parsed = new Parsed(scalar(spacesTrimmed(i, stop), at(line, i), depth), line + 1);
        }
        int next = nextContent(parsed.next());
        if (next < lines && indent(next) > parent) {
            throw decline();
        }
        return parsed;
    }

    /** The line after {@code line}, whose rest from {@code i} must be spaces or a comment. */
    private int rest(int line, int i) {
        int end = end(line);
        int j = i;
        while (j < end && chars[j] == ' ') {
            j++;
        }
        if (j < end && (chars[j] != '#' || j == i)) {
            throw decline();
        }
        return line + 1;
    }

    /** Whether the entry at {@code i} is a mapping: a plain key and a colon before any comment. */
    private boolean startsMapping(int i, int end) {
        for (int j = i; j < end; j++) {
            char c = chars[j];
            if (c == ':' && (j + 1 == end || chars[j + 1] == ' ')) {
                return true;
            }
            if (c == '#' && chars[j - 1] == ' ') {
                return false;
            }
        }
        return false;
    }

    /** The end of a plain scalar in block context: the line's end or a comment. */
    private int plainEnd(int i, int end) {
        for (int j = i; j < end; j++) {
            char c = chars[j];
            if (c == ':' && (j + 1 == end || chars[j + 1] == ' ')) {
                throw decline();
            }
            if (c == '#' && chars[j - 1] == ' ') {
                return j;
            }
        }
        return end;
    }

    /** A literal block scalar, its indicator at {@code i}: {@code |}, {@code |-} or {@code |+}. */
    private Parsed literal(int line, int i, int parent, int depth) {
        count(depth);
        Location location = at(line, i);
        int end = end(line);
        char chomp = i + 1 < end ? chars[i + 1] : ' ';
        int header = chomp == '-' || chomp == '+' ? i + 2 : i + 1;
        if (header < end && chars[header] != ' ') {
            throw decline();
        }
        rest(line, header);
        // The first line with more than spaces sets the indentation; empty lines before it may
        // not be longer (YAML would call that an error).
        int first = line + 1;
        while (first < lines && indent(first) == end(first) - start(first)) {
            first++;
        }
        if (first == lines || indent(first) <= parent) {
            throw decline();
        }
        int column = indent(first);
        for (int l = line + 1; l < first; l++) {
            if (end(l) - start(l) > column) {
                throw decline();
            }
        }
        StringBuilder value = new StringBuilder();
        int last = line;
        int breaks = 0;
        int l = line + 1;
        for (; l < lines; l++) {
            int width = end(l) - start(l);
            boolean empty = indent(l) == width;
            if (!empty && indent(l) < column) {
                break;
            }
            if (empty) {
                if (width > column) {
                    throw decline();
                }
                breaks++;
                continue;
            }
            if (last > line) {
                value.append('\n');
            }
            value.append("\n".repeat(breaks));
            breaks = 0;
            value.append(text, start(l) + column, end(l));
            last = l;
        }
        switch (chomp) {
            case '-':
                break;
            case '+':
                value.append('\n').append("\n".repeat(breaks));
                break;
            default:
                value.append('\n');
        }
        if (value.length() > limits.maxStringLength()) {
            throw decline();
        }
        return new Parsed(new ScalarNode(location, ScalarNode.Type.STRING, value.toString(), Optional.empty()), l);
    }

    /** A plain scalar as YAML 1.1 types it, or a decline where that is anything but plain. */
    private ScalarNode scalar(String s, Location location, int depth) {
        count(depth);
        if (s.isEmpty() || s.length() > limits.maxStringLength()) {
            throw decline();
        }
        char c = s.charAt(0);
        // The first letter first: most scalars are none of these four words.
        if ((c == 't' || c == 'f') && (s.equals("true") || s.equals("false"))) {
            return new ScalarNode(location, ScalarNode.Type.BOOLEAN, s, Optional.empty());
        }
        if ((c == 'n' || c == '~') && (s.equals("null") || s.equals("~"))) {
            return new ScalarNode(location, ScalarNode.Type.NULL, "", Optional.empty());
        }
        if (Character.isLetter(c)) {
            if (isOtherWord(s)) {
                throw decline();
            }
            return new ScalarNode(location, ScalarNode.Type.STRING, s, Optional.empty());
        }
        // YYYY-MM-DD: YAML 1.1 reads it as a timestamp, which Jackson gives as text.
        if (Fields.isIsoDate(s)) {
            return new ScalarNode(location, ScalarNode.Type.STRING, s, Optional.empty());
        }
        if (isNumber(s) && s.length() <= limits.maxNumberLength()) {
            return new ScalarNode(location, ScalarNode.Type.NUMBER, s, Optional.of(new BigDecimal(s)));
        }
        throw decline();
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}: a number every YAML reader reads the same way. */
    private static boolean isNumber(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == i || s.charAt(i) == '0' && digits > i + 1) {
            return false;
        }
        if (digits == s.length()) {
            return true;
        }
        if (s.charAt(digits) != '.' || digits + 1 == s.length()) {
            return false;
        }
        for (int j = digits + 1; j < s.length(); j++) {
            if (s.charAt(j) < '0' || s.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ one-line flow collections

    /** A cursor over one line, for flow collections and quoted scalars, which must end on it. */
    private final class Flow {
        private final int line;
        private final int end;
        private final int depth;
        private int i;

        Flow(int line, int i, int depth) {
            this.line = line;
            this.end = end(line);
            this.depth = depth;
            this.i = i;
        }

        YamlNode node() {
            return chars[i] == '{' ? map(depth) : list(depth);
        }

        private void spaces() {
            while (i < end && chars[i] == ' ') {
                i++;
            }
        }

        private char peek() {
            if (i >= end) {
                throw decline();
            }
            return chars[i];
        }

        private MapNode map(int level) {
            count(level);
            Location location = at(line, i);
            i++;
            Map<String, Entry> entries = new LinkedHashMap<>();
            spaces();
            if (peek() == '}') {
                i++;
                return new MapNode(location, entries);
            }
            while (true) {
                int key = i;
                int colon = flowKeyEnd();
                String name = spacesTrimmed(key, colon);
                checkKey(name);
                i = colon + 1;
                spaces();
                YamlNode value = item(level + 1);
                if (entries.put(name, new Entry(name, at(line, key), value)) != null) {
                    throw decline();
                }
                spaces();
                char c = peek();
                i++;
                if (c == '}') {
                    return new MapNode(location, entries);
                }
                if (c != ',') {
                    throw decline();
                }
                spaces();
            }
        }

        private int flowKeyEnd() {
            if (i >= end || !isKeyStart(chars[i])) {
                throw decline();
            }
            for (int j = i + 1; j < end && j - i < MAX_KEY; j++) {
                char c = chars[j];
                if (c == ':') {
                    if (j + 1 < end && chars[j + 1] == ' ') {
                        return j;
                    }
                    throw decline();
                }
                if (!isKeyPart(c)) {
                    throw decline();
                }
            }
            throw decline();
        }

        private ListNode list(int level) {
            count(level);
            Location location = at(line, i);
            i++;
            List<YamlNode> items = new ArrayList<>();
            spaces();
            if (peek() == ']') {
                i++;
                return new ListNode(location, List.of());
            }
            while (true) {
                items.add(item(level + 1));
                spaces();
                char c = peek();
                i++;
                if (c == ']') {
                    return new ListNode(location, List.copyOf(items));
                }
                if (c != ',') {
                    throw decline();
                }
                spaces();
            }
        }

        private YamlNode item(int level) {
            char c = peek();
            Location location = at(line, i);
            switch (c) {
                case '{':
                    return map(level);
                case '[':
                    return list(level);
                case '"':
                    count(level);
                    return new ScalarNode(location, ScalarNode.Type.STRING, doubleQuoted(), Optional.empty());
                case '\'':
                    count(level);
                    return new ScalarNode(location, ScalarNode.Type.STRING, singleQuoted(), Optional.empty());
                default:
                    int from = i;
                    while (i < end) {
                        char d = chars[i];
                        if (d == ',' || d == ']' || d == '}') {
                            break;
                        }
                        // In flow, YAML ends a plain scalar at ?, and at a colon before a space or a
                        // flow indicator; leave all of those, and comments, to the parser.
                        if (d == ':' && (i + 1 == end || isIn(chars[i + 1], AFTER_COLON))
                                || isIn(d, PLAIN_STOPS)) {
                            throw decline();
                        }
                        i++;
                    }
                    return scalar(spacesTrimmed(from, i), location, level);
            }
        }

        /** A double-quoted scalar on one line, with the common escapes only. */
        String doubleQuoted() {
            StringBuilder s = new StringBuilder();
            for (i++; i < end; i++) {
                char c = chars[i];
                if (c == '"') {
                    i++;
                    return checked(s);
                }
                if (c == '\\') {
                    if (++i == end) {
                        throw decline();
                    }
                    switch (chars[i]) {
                        case '\\' -> s.append('\\');
                        case '"' -> s.append('"');
                        case 'n' -> s.append('\n');
                        case 't' -> s.append('\t');
                        default -> throw decline();
                    }
                } else {
                    s.append(c);
                }
            }
            throw decline();
        }

        /** A single-quoted scalar on one line. */
        String singleQuoted() {
            StringBuilder s = new StringBuilder();
            for (i++; i < end; i++) {
                char c = chars[i];
                if (c == '\'') {
                    if (i + 1 < end && chars[i + 1] == '\'') {
                        s.append('\'');
                        i++;
                        continue;
                    }
                    i++;
                    return checked(s);
                }
                s.append(c);
            }
            throw decline();
        }

        private String checked(StringBuilder s) {
            if (s.length() > limits.maxStringLength()) {
                throw decline();
            }
            return s.toString();
        }
    }
}
