package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid plans under {@code src/test/resources/invalid}: one folder per
 * mistake, with the plan files and, in {@code expected.txt}, every problem the loader must
 * report, as {@code file:line:column: message} relative to the folder.
 */
class InvalidPlansTests {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(InvalidPlansTests.class.getResource("/invalid").toURI());
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheExpectedProblemsAndLoadsNothing(Path dir) throws IOException {
        LoadResult result = new PlanLoader().load(dir);
        String prefix = PlanLoader.display(dir) + "/";
        List<String> actual = result.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
        Path expectedFile = dir.resolve("expected.txt");
        assertThat(expectedFile).as("expected.txt for %s; the loader said:%n%s", dir.getFileName(),
                String.join("\n", actual)).exists();
        List<String> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(result.loaded()).isEmpty();
    }
}
