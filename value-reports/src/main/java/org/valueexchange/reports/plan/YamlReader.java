package org.valueexchange.reports.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valueexchange.reports.plan.YamlNode.Entry;
import org.valueexchange.reports.plan.YamlNode.ListNode;
import org.valueexchange.reports.plan.YamlNode.MapNode;
import org.valueexchange.reports.plan.YamlNode.ScalarNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a tree of located nodes. Every failure, of the file system, of
 * YAML syntax or of a limit, comes back as a {@link Problem}; no exception of Jackson's or
 * SnakeYAML's escapes.
 */
final class YamlReader {

    /** The limits every plan file is read within. */
    record Limits(long maxFileBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

        static final Limits DEFAULT = new Limits(8L * 1024 * 1024, 32, 1024 * 1024, 64);
    }

    /** The tree, or why there is none. */
    record Result(Optional<YamlNode> root, List<Problem> problems) {
    }

    private final Limits limits;
    private final YAMLFactory factory;

    YamlReader(Limits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                // Duplicate keys are detected in Builder.map, which says where the first one is.
                .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
    }

    Result read(Path file, String displayPath) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return failed(Location.startOf(displayPath), "file is " + size + " bytes, more than the limit of "
                        + limits.maxFileBytes() + " bytes for a plan");
            }
            try (InputStream in = Files.newInputStream(file);
                 JsonParser parser = factory.createParser(in)) {
                return new Builder(parser, displayPath).document();
            }
        } catch (NoSuchFileException e) {
            return failed(Location.startOf(displayPath), "no such file");
        } catch (JsonProcessingException e) {
            return failed(locationOf(e.getLocation(), displayPath), syntaxMessage(e));
        } catch (IOException e) {
            return failed(Location.startOf(displayPath), "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits and malformed input (bad encodings) unchecked.
            return failed(Location.startOf(displayPath), "not readable as YAML: " + firstLine(e.getMessage()));
        }
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
        return "invalid YAML: " + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static Location locationOf(JsonLocation location, String path) {
        if (location == null || location.getLineNr() < 1) {
            return Location.startOf(path);
        }
        return new Location(path, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** Turns parser events into nodes; one instance per file. */
    private final class Builder {

        private final JsonParser parser;
        private final String path;
        private final List<Problem> problems = new ArrayList<>();

        Builder(JsonParser parser, String path) {
            this.parser = parser;
            this.path = path;
        }

        Result document() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return failed(Location.startOf(path), "the file is empty; expected a mapping of keys to values");
            }
            YamlNode root = node(first, 0);
            JsonToken next = parser.nextToken();
            if (next != null) {
                problems.add(new Problem(here(), "a plan file holds one YAML document; found another"));
            }
            return new Result(problems.isEmpty() ? Optional.of(root) : Optional.empty(), List.copyOf(problems));
        }

        private Location here() {
            return locationOf(parser.currentTokenLocation(), path);
        }

        private YamlNode node(JsonToken token, int depth) throws IOException {
            Location location = here();
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                problems.add(new Problem(location, "aliases (*" + parser.getText()
                        + ") are not allowed in plans; write the value out"));
                return new ScalarNode(location, ScalarNode.Type.NULL, "", Optional.empty());
            }
            if (depth > limits.maxDepth()) {
                throw new LimitExceeded(location, "nesting deeper than the limit of " + limits.maxDepth());
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
                    return new ScalarNode(location, ScalarNode.Type.NUMBER, parser.getText(), exactNumber());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new ScalarNode(location, ScalarNode.Type.BOOLEAN, parser.getText(), Optional.empty());
                case VALUE_NULL:
                    return new ScalarNode(location, ScalarNode.Type.NULL, "", Optional.empty());
                default:
                    return new ScalarNode(location, ScalarNode.Type.STRING, parser.getText(), Optional.empty());
            }
        }

        private MapNode map(Location location, int depth) throws IOException {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String key = parser.currentName();
                Location keyLocation = here();
                YamlNode value = node(parser.nextToken(), depth + 1);
                Entry previous = entries.get(key);
                if (previous != null) {
                    problems.add(new Problem(keyLocation, "duplicate key '" + key + "', first given at line "
                            + previous.keyLocation().line()));
                } else {
                    entries.put(key, new Entry(key, keyLocation, value));
                }
            }
            return new MapNode(location, entries);
        }

        private Optional<BigDecimal> exactNumber() throws IOException {
            String text = parser.getText().replace("_", "");
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException notDecimal) {
                try {
                    // 0x1F, 0o17 and the like: let Jackson read them; .inf and .nan have no exact value.
                    return Optional.of(parser.getDecimalValue());
                } catch (IOException | NumberFormatException notFinite) {
                    return Optional.empty();
                }
            }
        }
    }

    /** Thrown within the builder only, and turned into a problem. */
    private static final class LimitExceeded extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        private final Location location;

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
