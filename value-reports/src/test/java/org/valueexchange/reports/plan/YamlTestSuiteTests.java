package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the YAML test suite (github.com/yaml/yaml-test-suite, one folder per case
 * with {@code in.yaml}, and an {@code error} file where the YAML is invalid), read as a plan:
 * each either loads or ends in problems with real locations, within a time limit; no
 * exception escapes, none hangs, and no invalid YAML loads.
 *
 * <p>The suite is not part of this repository: it is looked for in {@code shared/corpora}
 * beside the clone (or where the system property {@code yaml.test.suite} says), and these
 * tests are skipped, saying so, where it is not there.
 */
class YamlTestSuiteTests {

    private static final Duration TIME = Duration.ofSeconds(5);
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    /** The suite: where the system property says, or {@code shared/corpora/yaml-test-suite} in a folder above. */
    static Optional<Path> suite() {
        String property = System.getProperty("yaml.test.suite");
        if (property != null) {
            return Optional.of(Path.of(property)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpora/yaml-test-suite");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path theSuiteOrSkip() {
        Optional<Path> suite = suite();
        assumeTrue(suite.isPresent(), "no yaml-test-suite in shared/corpora above " + Path.of("").toAbsolutePath()
                + " (nor where -Dyaml.test.suite says): skipped");
        return suite.get();
    }

    private static List<Path> inputs(Path suite) throws IOException {
        try (Stream<Path> walk = Files.walk(suite)) {
            return walk.filter(p -> p.getFileName().toString().equals("in.yaml")).sorted().toList();
        }
    }

    /** Also what a run without the suite reports as skipped, with the reason. */
    @Test
    void theSuiteHasItsCases() throws IOException {
        Path suite = theSuiteOrSkip();
        assertThat(inputs(suite)).as("cases in %s", suite).hasSizeGreaterThan(300);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseLoadsOrEndsInProblemsWithLocations() throws IOException {
        Path suite = theSuiteOrSkip();
        return inputs(suite).stream().map(in -> DynamicTest.dynamicTest(suite.relativize(in.getParent()).toString(),
                () -> check(in)));
    }

    private static void check(Path in) throws IOException {
        boolean invalid = Files.exists(in.resolveSibling("error"));
        long lines = Files.readAllBytes(in).length == 0 ? 1 : Files.readString(in).lines().count() + 1;
        LoadResult result = assertTimeoutPreemptively(TIME,
                () -> new PlanLoader().load(in.resolveSibling("no-settings-here.yaml"), List.of(in)));
        if (invalid) {
            assertThat(result.ok()).as("invalid YAML, which must not load").isFalse();
        }
        for (Problem problem : result.problems()) {
            assertThat(problem.location().path()).isEqualTo(PlanLoader.display(in));
            assertThat(problem.location().line()).as(problem.toString()).isBetween(1, (int) Math.max(lines, 1) + 1);
            assertThat(problem.message()).as(problem.toString()).isNotBlank().doesNotContain("\n")
                    .doesNotContain("Exception").doesNotContain("org.yaml").doesNotContain("com.fasterxml");
        }
        String outcome = result.ok() ? "loads" : result.problems().get(0).message().replaceAll("'.*", "'...'")
                .replaceAll("\\(.*\\)", "(...)").replaceAll("\\d+", "N");
        OUTCOMES.merge((invalid ? "invalid YAML: " : "valid YAML: ") + outcome, 1, Integer::sum);
    }

    @AfterAll
    static void printTheOutcomes() {
        if (!OUTCOMES.isEmpty()) {
            StringBuilder table = new StringBuilder("yaml-test-suite, first problem of each case, by kind:\n");
            new TreeMap<>(OUTCOMES).forEach((outcome, n) -> table.append(String.format("%5d  %s%n", n, outcome)));
            System.out.print(table);
        }
    }
}
