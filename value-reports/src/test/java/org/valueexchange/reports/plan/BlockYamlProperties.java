package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.plan.YamlNode.ListNode;
import org.valueexchange.reports.plan.YamlNode.MapNode;
import org.valueexchange.reports.plan.YamlNode.ScalarNode;

/**
 * The fast reader of plain plans ({@link BlockYaml}) against the full YAML parser: on every
 * text, it either declines or gives exactly the parser's tree, every location and the order
 * of keys included. Texts: every YAML file in the repository's examples and test resources,
 * the YAML test suite where it is present, and thousands of random edits of them.
 */
class BlockYamlProperties {

    private static final YamlReader READER = new YamlReader(YamlReader.Limits.DEFAULT);

    /**
     * Characters that mean something to YAML, and some that do not, among them white space
     * that YAML keeps and Java's trimming would not (a review found a bug with U+3000).
     */
    private static final String ALPHABET = " \n:-#|>{}[],'\"&*!?%@`\\~.+0123456789aexyYnNtT_é\u3000\u2009\u00a0\u1680";

    private static final List<String> CORPUS = corpus();

    /** The files of the corpus that the fast reader reads, as they are: plain plans, to edit. */
    private static final List<String> PLAIN = CORPUS.stream()
            .filter(text -> BlockYaml.read(text, "plan.yaml", YamlReader.Limits.DEFAULT).isPresent()).toList();

    private static List<String> corpus() {
        List<Path> roots = new ArrayList<>(List.of(Path.of("..", "examples"), Fixture.dir().getParent()));
        YamlTestSuiteTests.suite().ifPresent(roots::add);
        List<String> texts = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .sorted().toList()) {
                    if (Files.size(p) < 256 * 1024) {
                        texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(texts);
    }

    /** Whether the fast reader declined {@code text}; fails if it read it otherwise than the parser. */
    private static boolean declined(String text) {
        Optional<YamlNode> fast = BlockYaml.read(text, "plan.yaml", YamlReader.Limits.DEFAULT);
        if (fast.isEmpty()) {
            return true;
        }
        YamlReader.Result full = READER.parse(text, "plan.yaml");
        assertThat(full.problems()).as("the parser's problems with a text the fast reader read:%n%s", text).isEmpty();
        assertThat(dump(fast.get())).as("the tree of:%n%s", text).isEqualTo(dump(full.root().orElseThrow()));
        return false;
    }

    /** A node as text: every value, type, location and key, in order. */
    static String dump(YamlNode node) {
        StringBuilder out = new StringBuilder();
        dump(node, out, "");
        return out.toString();
    }

    private static void dump(YamlNode node, StringBuilder out, String indent) {
        out.append(indent).append(node.location().line()).append(':').append(node.location().column()).append(' ');
        if (node instanceof MapNode map) {
            out.append("map\n");
            for (Map.Entry<String, YamlNode.Entry> e : map.entries().entrySet()) {
                out.append(indent).append(' ').append(e.getValue().keyLocation().line()).append(':')
                        .append(e.getValue().keyLocation().column()).append(" key ").append(e.getKey()).append('\n');
                dump(e.getValue().value(), out, indent + "  ");
            }
        } else if (node instanceof ListNode list) {
            out.append("list\n");
            for (YamlNode item : list.items()) {
                dump(item, out, indent + "  ");
            }
        } else {
            ScalarNode s = (ScalarNode) node;
            out.append(s.type()).append(' ').append(s.text().replace("\n", "\\n")).append(' ')
                    .append(s.number().map(n -> n.toPlainString() + "/" + n.scale()).orElse("-")).append('\n');
        }
    }

    @Test
    void readsEveryFileOfTheRepositoryAsTheParserDoes() {
        long read = CORPUS.stream().filter(text -> !declined(text)).count();
        // The examples and the fixture are plain plans: most of the corpus is read, not declined.
        assertThat(read).isGreaterThan(40);
    }

    @Test
    void readsTheFormsPlansUseAsTheParserDoes() {
        List<String> forms = List.of(
                "id: a\nname: A\n",
                "a:\nb: 1\n",
                "a:   \n  # comment\nb: ~\n",
                "list:\n- 1\n- -2.50\n-\n- x\nafter: true\n",
                "list:\n  - {a: 1, b: [x, 'y''s', \"q\\\"\"]}\n  - []\n  - {}\n",
                "items:\n  - date: 2026-01-01\n    notes: |\n      Line one\n\n        indented\n      # not a comment\n"
                        + "\n    next: 1\n",
                "s: |-\n  kept\n\n\nt: |+\n  all\n\n\nu: 0\n",
                "deep:\n  deeper:\n    deepest: value with: colon-less text, commas and 'quotes'\n",
                "  indented: root\n  second: 2\n",
                "url: https://example.org/a#b # comment\n",
                "é: 1\n", "a: é\n", "a: 007\n", "a: 1e3\n", "a: yes\n", "a: .5\n", "a: 1_000\n", "a: 0x1F\n",
                "a: true\u3000\n", "a: 12\u2009\n", "- 5\u3000\n", "a: [x\u3000, z]\n",
                "a: b: c\n", "a: [1,\n 2]\n", "a: \"multi\n  line\"\n", "a: >\n  folded\n", "a: &x 1\nb: *x\n",
                "a: 1\na: 2\n", "--- \na: 1\n", "a: plain\n  continued\n", "- a\n- b\n", "a:\n- 1\n- 2\n");
        for (String form : forms) {
            declined(form);
        }
        assertThat(declined("id: a\nname: A\n")).isFalse();
        assertThat(declined("a: yes\n")).isTrue();
    }

    @Test
    void agreesWithTheParserOnRandomEditsOfRealPlans() {
        Gen<Integer> files = integers().between(0, PLAIN.size() - 1);
        Gen<List<Integer>> edits = lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 4);
        java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger tried = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(3000).withShrinkCycles(200).forAll(files, edits).checkAssert((file, picks) -> {
            String text = PLAIN.get(file);
            StringBuilder edited = new StringBuilder(text);
            for (int pick : picks) {
                int at = pick % (edited.length() + 1);
                char c = ALPHABET.charAt((pick / 7) % ALPHABET.length());
                switch ((pick / 3) % 3) {
                    case 0 -> edited.insert(at, c);
                    case 1 -> {
                        if (at < edited.length()) {
                            edited.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < edited.length()) {
                            edited.setCharAt(at, c);
                        }
                    }
                }
            }
            tried.incrementAndGet();
            if (!declined(edited.toString())) {
                read.incrementAndGet();
            }
        });
        // Many edits leave a plain plan (a letter more in a name): those are compared, not declined.
        assertThat(read.get()).as("edits read of %d", tried.get()).isGreaterThan(tried.get() / 5);
    }
}
