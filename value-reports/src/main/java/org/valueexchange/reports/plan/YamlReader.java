package org.valueexchange.reports.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.valueexchange.reports.IoFailure;
import org.valueexchange.reports.plan.YamlNode.Entry;
import org.valueexchange.reports.plan.YamlNode.ListNode;
import org.valueexchange.reports.plan.YamlNode.MapNode;
import org.valueexchange.reports.plan.YamlNode.ScalarNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a tree of located nodes, within {@link Limits}. Every failure, of
 * the file system, of the encoding, of YAML syntax or of a limit, comes back as a
 * {@link Problem}; no exception of Jackson's or SnakeYAML's escapes.
 *
 * <p>Plans are untrusted input, so the limits are enforced here, by this class, before and
 * while the parser runs: Jackson's YAML parser applies neither its string length nor (but
 * to hexadecimal numbers) its number length constraint, SnakeYAML's alias and nesting
 * limits only apply when SnakeYAML builds the objects itself (Jackson reads its events),
 * and SnakeYAML's reader takes time quadratic in the length of a single token, which a line
 * limit bounds. Jackson's and SnakeYAML's own settings stay as a second line of defence,
 * set above ours.
 */
final class YamlReader {

    /**
     * The limits every plan file is read within; {@link #DEFAULT} is the one place the
     * defaults live (SECURITY.md lists them).
     *
     * @param maxFileBytes    the size of the file on disk
     * @param maxLineLength   characters in one line; SnakeYAML's reader is quadratic in a token's length
     * @param maxDepth        how deeply lists and mappings nest (the plan format needs 4)
     * @param maxValues       values (scalars, lists, mappings and aliases) in one file, which bounds memory
     * @param maxStringLength characters in one string or key
     * @param maxNumberLength characters in a number as written, and digits in it as written out in full
     */
    record Limits(long maxFileBytes, int maxLineLength, int maxDepth, int maxValues, int maxStringLength,
                  int maxNumberLength) {

        static final Limits DEFAULT = new Limits(8L * 1024 * 1024, 64 * 1024, 32, 100_000, 1024 * 1024, 64);

        Limits {
            if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 16 || maxLineLength < 1 || maxDepth < 1
                    || maxValues < 1 || maxStringLength < 1 || maxNumberLength < 1) {
                throw new IllegalArgumentException("limits must be positive, and a file at most 2 GB: " + maxFileBytes);
            }
        }
    }

    /**
     * A number every YAML reader reads as the same value: YAML 1.1 ones and YAML 1.2's core
     * schema ({@code 5}, {@code -0.5}, {@code .5}, {@code +5}, {@code 1.}); no underscore, base
     * prefix, leading zero or exponent.
     */
    private static final Pattern PORTABLE_NUMBER = Pattern.compile("[-+]?((0|[1-9][0-9]*)(\\.[0-9]*)?|\\.[0-9]+)");

    /**
     * The tree, or why there is none.
     *
     * @param empty whether the file holds no document at all (nothing, or only comments), the one
     *              problem then: a settings file may be empty, a plan may not
     */
    record Result(Optional<YamlNode> root, List<Problem> problems, boolean empty) {

        Result(Optional<YamlNode> root, List<Problem> problems) {
            this(root, problems, false);
        }
    }

    private final Limits limits;
    private final YAMLFactory factory;

    YamlReader(Limits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(limits.maxDepth() + 2);
        options.setCodePointLimit((int) limits.maxFileBytes() + 1);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                // Duplicate keys are detected in Builder.map, which says where the first one is.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 2)
                        .maxStringLength(limits.maxStringLength() + 1)
                        .maxNameLength(limits.maxStringLength() + 1)
                        // Jackson checks the length of hexadecimal numbers only, before we can say where.
                        .maxNumberLength(Math.max(1000, limits.maxNumberLength() + 1))
                        .maxDocumentLength(limits.maxFileBytes() + 1)
                        .build())
                .build();
    }

    /** Reads {@code file}; {@code displayPath} is how messages name it. */
    Result read(Path file, String displayPath) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return failed(Location.startOf(displayPath), Files.exists(file)
                        ? "not a regular file; a plan is a YAML file" : "no such file");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return tooBig(displayPath, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may grow after it was measured: never read more than one byte over the limit.
                bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
            }
        } catch (NoSuchFileException e) {
            return failed(Location.startOf(displayPath), "no such file");
        } catch (IOException e) {
            return failed(Location.startOf(displayPath), "cannot read the file: " + Problems.oneLine(IoFailure.reason(e)));
        }
        return read(bytes, displayPath);
    }

    /** Reads the contents of a file; {@code displayPath} is how messages name it. */
    Result read(byte[] bytes, String displayPath) {
        if (bytes.length > limits.maxFileBytes()) {
            return tooBig(displayPath, bytes.length);
        }
        Text text = Text.decode(bytes, displayPath);
        if (text.problem().isPresent()) {
            return new Result(Optional.empty(), List.of(text.problem().get()));
        }
        // Plain plans, nearly all of them, are read quickly; anything else by the full parser,
        // after the checks that it has no forbidden character and no over-long line.
        Optional<YamlNode> plain = BlockYaml.read(text.chars(), displayPath, limits);
        if (plain.isPresent()) {
            return new Result(plain, List.of());
        }
        Optional<Problem> unreadable = scan(text.chars(), displayPath);
        if (unreadable.isPresent()) {
            return new Result(Optional.empty(), List.of(unreadable.get()));
        }
        return parse(text.chars(), displayPath);
    }

    /** Reads {@code text} with the full YAML parser. */
    Result parse(String text, String displayPath) {
        try (JsonParser parser = factory.createParser(text)) {
            return new Builder(parser, displayPath).document();
        } catch (JsonProcessingException e) {
            return failed(locationOf(e, text.length(), displayPath), Problems.oneLine(syntaxMessage(e)));
        } catch (IOException e) {
            return failed(Location.startOf(displayPath), "cannot read the file: " + Problems.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits and malformed input unchecked.
            return failed(Location.startOf(displayPath), "not readable as YAML: "
                    + Problems.oneLine(firstLine(e.getMessage())));
        }
    }

    private Result tooBig(String displayPath, long size) {
        return failed(Location.startOf(displayPath), "the file is " + size + " bytes, more than the limit of "
                + limits.maxFileBytes() + " bytes for a plan");
    }

    /**
     * The first line over the length limit, or the first character YAML does not allow (the
     * parser would say where only for some of them), before the parser sees either.
     */
    private Optional<Problem> scan(String text, String displayPath) {
        int line = 1;
        int start = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i < length && !isPrintable(text.charAt(i))) {
                return Optional.of(new Problem(new Location(displayPath, line, i - start + 1), "YAML does not allow "
                        + String.format(Locale.ROOT, "the character U+%04X", (int) text.charAt(i))
                        + " (a control character)"
                        + " in a file; is it a binary file?"));
            }
            if (i == length || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i - start > limits.maxLineLength()) {
                    return Optional.of(new Problem(new Location(displayPath, line, limits.maxLineLength() + 1),
                            "line longer than the limit of " + limits.maxLineLength() + " characters"
                                    + "; break long text over several lines"));
                }
                if (i < length && text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    /** YAML 1.2's c-printable, and so SnakeYAML's: tab, line breaks, and no other control character. */
    private static boolean isPrintable(char c) {
        return c >= 0x20 && c <= 0x7E || c == '\t' || c == '\n' || c == '\r' || c == 0x85
                || c >= 0xA0 && c <= 0xFFFD;
    }

    private static Result failed(Location location, String message) {
        return new Result(Optional.empty(), List.of(new Problem(location, message)));
    }

    private static String syntaxMessage(JsonProcessingException e) {
        if (e instanceof LimitExceeded) {
            return e.getOriginalMessage();
        }
        if (e.getCause() instanceof MarkedYAMLException marked) {
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            return "invalid YAML: " + context + marked.getProblem();
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.contains("base64")) {
            // Jackson decodes !!binary as it reads it, before the tag can be refused.
            return "tags (!!binary) are not allowed in plans; remove it, and put the value in quotes to keep it"
                    + " as text";
        }
        if (message.startsWith("Expected a field name")) {
            // Jackson's words for a key that is not a scalar, naming SnakeYAML's event classes.
            return message.contains("AliasEvent") ? "aliases are not allowed in plans, as keys or values"
                    : "invalid YAML: a key must be text, not a list or a mapping";
        }
        return "invalid YAML: " + message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Where SnakeYAML found the problem (Jackson knows only where its last token was), unless
     * that is the end of the file, where the end of the last token says where something is missing.
     */
    private static Location locationOf(JsonProcessingException e, int length, String path) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                && marked.getProblemMark().getIndex() < length) {
            return new Location(path, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
        }
        return locationOf(e.getLocation(), path);
    }

    static Location locationOf(JsonLocation location, String path) {
        if (location == null || location.getLineNr() < 1) {
            return Location.startOf(path);
        }
        return new Location(path, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /**
     * A file's bytes as text, in the encoding YAML 1.2 (5.2) detects from the first bytes:
     * UTF-32 or UTF-16 (by byte-order mark or by the pattern of zero bytes), else UTF-8.
     * Decoding is strict: a malformed or overlong sequence is a problem, never a replacement
     * character or a character the bytes only resemble.
     */
    private record Text(String chars, Optional<Problem> problem) {

        static Text decode(byte[] b, String path) {
            Charset charset = detect(b);
            if (charset.equals(StandardCharsets.UTF_8) && isAscii(b)) {
                // Nearly every plan: nothing to decode, nothing that can be malformed.
                return new Text(new String(b, StandardCharsets.ISO_8859_1), Optional.empty());
            }
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(b);
            // Never more characters than bytes, in any of these encodings.
            CharBuffer out = CharBuffer.allocate(b.length);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                out.flip();
                Location at = endOf(out, path);
                return new Text("", Optional.of(new Problem(at, "not valid " + charset.name() + " text here (byte 0x"
                        + String.format(Locale.ROOT, "%02X", b[Math.min(in.position(), b.length - 1)] & 0xff)
                        + "); a plan is text in UTF-8, or in"
                        + " UTF-16 or UTF-32 with a byte-order mark. Is it a binary file?")));
            }
            out.flip();
            if (out.hasRemaining() && out.get(0) == '\uFEFF') {
                out.position(1);
            }
            return new Text(out.toString(), Optional.empty());
        }

        private static boolean isAscii(byte[] b) {
            for (byte x : b) {
                if (x < 0) {
                    return false;
                }
            }
            return true;
        }

        private static Charset detect(byte[] b) {
            int b0 = b.length > 0 ? b[0] & 0xff : -1;
            int b1 = b.length > 1 ? b[1] & 0xff : -1;
            int b2 = b.length > 2 ? b[2] & 0xff : -1;
            int b3 = b.length > 3 ? b[3] & 0xff : -1;
            if (b.length >= 4 && b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0)) {
                return Charset.forName("UTF-32BE");
            }
            if (b.length >= 4 && (b0 == 0xFF && b1 == 0xFE || b0 != 0 && b1 == 0) && b2 == 0 && b3 == 0) {
                return Charset.forName("UTF-32LE");
            }
            if (b0 == 0xFE && b1 == 0xFF || b.length >= 2 && b0 == 0 && b1 != 0) {
                return StandardCharsets.UTF_16BE;
            }
            if (b0 == 0xFF && b1 == 0xFE || b.length >= 2 && b0 != 0 && b1 == 0) {
                return StandardCharsets.UTF_16LE;
            }
            return StandardCharsets.UTF_8;
        }

        /** Where the decoded text {@code decoded} ends: the place of the first byte that failed. */
        private static Location endOf(CharBuffer decoded, String path) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < decoded.limit(); i++) {
                char c = decoded.get(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (i > 0 || c != '\uFEFF') {
                    column++;
                }
            }
            return new Location(path, line, column);
        }
    }

    /** Turns parser events into nodes; one instance per file. */
    private final class Builder {

        private final JsonParser parser;
        private final String path;
        private final Problems problems = new Problems();
        private int values;

        Builder(JsonParser parser, String path) {
            this.parser = parser;
            this.path = path;
        }

        Result document() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return empty();
            }
            YamlNode root = node(first, 0);
            JsonToken next = parser.nextToken();
            if (next != null) {
                problems.add(here(), "a plan file holds one YAML document; found another");
            }
            if (problems.isEmpty() && root instanceof YamlNode.ScalarNode scalar
                    && scalar.type() == YamlNode.ScalarNode.Type.STRING && scalar.text().isEmpty()) {
                // A document marker with nothing after it ("---" and comments).
                return empty();
            }
            return new Result(problems.isEmpty() ? Optional.of(root) : Optional.empty(), problems.sorted());
        }

        private Result empty() {
            return new Result(Optional.empty(), List.of(new Problem(Location.startOf(path),
                    "the file is empty; expected a mapping of keys to values")), true);
        }

        private Location here() {
            return locationOf(parser.currentTokenLocation(), path);
        }

        private YamlNode node(JsonToken token, int depth) throws IOException {
            Location location = here();
            if (++values > limits.maxValues()) {
                throw new LimitExceeded(location, "more than the limit of " + limits.maxValues()
                        + " values in one file; split the plan");
            }
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                problems.add(location, "aliases (*" + Problems.escape(parser.getText())
                        + ") are not allowed in plans; write the value out");
                return new ScalarNode(location, ScalarNode.Type.NULL, "", Optional.empty());
            }
            if (depth > limits.maxDepth()) {
                throw new LimitExceeded(location, "nesting deeper than the limit of " + limits.maxDepth() + " levels");
            }
            if (parser.getTypeId() instanceof String tag) {
                problems.add(location, "tags (" + shortTag(tag) + ") are not allowed in plans; remove"
                        + " it, and put the value in quotes to keep it as text");
            }
            switch (token) {
                case START_OBJECT:
                    return map(location, depth);
                case START_ARRAY:
                    List<YamlNode> items = new ArrayList<>();
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        items.add(node(t, depth + 1));
                    }
                    return new ListNode(location, List.copyOf(items));
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    String number = parser.getText();
                    if (number.length() > limits.maxNumberLength()) {
                        throw new LimitExceeded(location, "a number of " + number.length()
                                + " characters, more than the limit of " + limits.maxNumberLength());
                    }
                    Optional<BigDecimal> exact = exactNumber(location);
                    if (!PORTABLE_NUMBER.matcher(number).matches() && exact.isPresent()) {
                        // 1_000 and 0b101 are numbers to YAML 1.1 readers and text to YAML 1.2 ones;
                        // 017 is 15 to the first and 17 to the second; 0x1F and 1e3 differ too.
                        problems.add(location, "the number " + Problems.escape(number) + " is read as another"
                                + " number, or as text, by some YAML readers; write it with digits, a sign and"
                                + " at most one '.' (it reads here as " + exact.get().toPlainString() + "), or in"
                                + " quotes if it is text");
                    }
                    return new ScalarNode(location, ScalarNode.Type.NUMBER, number, exact);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new ScalarNode(location, ScalarNode.Type.BOOLEAN, parser.getText(), Optional.empty());
                case VALUE_NULL:
                    return new ScalarNode(location, ScalarNode.Type.NULL, "", Optional.empty());
                default:
                    return new ScalarNode(location, ScalarNode.Type.STRING, string(parser.getText(), location),
                            Optional.empty());
            }
        }

        private String string(String text, Location location) throws LimitExceeded {
            String s = text == null ? "" : text;
            if (s.length() > limits.maxStringLength()) {
                throw new LimitExceeded(location, "a string of " + s.length() + " characters, more than the limit of "
                        + limits.maxStringLength());
            }
            return s;
        }

        private MapNode map(Location location, int depth) throws IOException {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                Location keyLocation = here();
                String key = string(parser.currentName(), keyLocation);
                YamlNode value = node(parser.nextToken(), depth + 1);
                Entry previous = entries.get(key);
                if (previous != null) {
                    problems.add(keyLocation, "duplicate key " + Problems.quote(key)
                            + ", first given at line " + previous.keyLocation().line());
                } else {
                    entries.put(key, new Entry(key, keyLocation, value));
                }
            }
            return new MapNode(location, entries);
        }

        /** The value of a number, if finite, within the digits the number limit allows written out in full. */
        private Optional<BigDecimal> exactNumber(Location location) throws IOException {
            String text = parser.getText().replace("_", "");
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException notDecimal) {
                try {
                    // 0x1F, 0o17 and the like: let Jackson read them; .inf and .nan have no exact value.
                    value = parser.getDecimalValue();
                } catch (IOException | NumberFormatException notFinite) {
                    return Optional.empty();
                }
            }
            // 1e999999999 is short, but as an amount it would be a billion digits long.
            long integerDigits = (long) value.precision() - value.scale();
            if (integerDigits > limits.maxNumberLength() || value.scale() > limits.maxNumberLength()) {
                throw new LimitExceeded(location, "the number " + text + " has more digits written out in full than"
                        + " the limit of " + limits.maxNumberLength());
            }
            return Optional.of(value);
        }

        private static String shortTag(String tag) {
            String core = "tag:yaml.org,2002:";
            return Problems.escape(tag.startsWith(core) ? "!!" + tag.substring(core.length()) : "!" + tag);
        }
    }

    /** Thrown within the builder only, and turned into a problem. */
    private static final class LimitExceeded extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        private final transient Location location;

        LimitExceeded(Location location, String message) {
            super(message);
            this.location = location;
        }

        @Override
        public JsonLocation getLocation() {
            return new JsonLocation(null, -1, location.line(), location.column());
        }
    }
}
