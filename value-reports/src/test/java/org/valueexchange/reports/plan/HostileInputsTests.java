package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.valueexchange.reports.GeneratedInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile inputs under {@code src/test/resources/hostile}: one folder per
 * input, with {@code expected.txt} saying what the input is ({@code #} lines) and what must
 * come of it: {@code loads}, or every problem as {@code file:line:column: message}, relative
 * to the folder. Inputs too big to commit (100 MiB, 10 MB) are written at test time from the
 * folder's {@code generate.txt} (see {@link GeneratedInput}).
 *
 * <p>Each input must load, or fail cleanly, within {@link #TIME} (they take milliseconds to
 * a few hundred; the bound is loose so that a slow CI machine does not fail the build) and
 * allocate at most {@link #ALLOCATION}: no input may cost time or memory out of proportion.
 * Run in the ordinary test JVM; the figures measured are printed at the end.
 */
class HostileInputsTests {

    static final Duration TIME = Duration.ofSeconds(5);
    static final long ALLOCATION = 1024L * 1024 * 1024;

    private static final Map<String, String> MEASURED = new ConcurrentHashMap<>();

    @TempDir
    Path tmp;

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(HostileInputsTests.class.getResource("/hostile").toURI());
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInTheExpectedOutcomeQuicklyAndInBoundedMemory(Path source) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(source.getFileName().toString()));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.equals("expected.txt") && !name.equals("generate.txt")) {
                    Files.copy(file, dir.resolve(name));
                }
            }
        }
        if (Files.exists(source.resolve("generate.txt"))) {
            GeneratedInput.write(source.resolve("generate.txt"), dir);
        }
        Map<String, String> before = contents(dir);

        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] cost = new long[2];
        LoadResult result = assertTimeoutPreemptively(TIME.multipliedBy(2), () -> {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            LoadResult r = new PlanLoader().load(dir);
            cost[0] = System.nanoTime() - start;
            cost[1] = threads.getCurrentThreadAllocatedBytes() - allocated;
            return r;
        });
        MEASURED.put(source.getFileName().toString(), String.format("%6d ms %6d MiB allocated",
                cost[0] / 1_000_000, cost[1] / (1024 * 1024)));

        String prefix = PlanLoader.display(dir) + "/";
        List<String> actual = result.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
        Path expectedFile = source.resolve("expected.txt");
        assertThat(expectedFile).as("expected.txt for %s; the loader said:%n%s", source.getFileName(),
                String.join("\n", actual)).exists();
        List<String> expected = Files.readAllLines(expectedFile).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (expected.equals(List.of("loads"))) {
            assertThat(actual).as("problems").isEmpty();
            assertThat(result.loaded()).isPresent();
        } else {
            assertThat(actual).containsExactlyElementsOf(expected);
            assertThat(result.loaded()).isEmpty();
        }
        assertThat(Duration.ofNanos(cost[0])).as("time to load").isLessThan(TIME);
        assertThat(cost[1]).as("bytes allocated while loading").isLessThan(ALLOCATION);
        assertThat(contents(dir)).as("the input files, unchanged").isEqualTo(before);
    }

    /** Every file's bytes, as a digest; the inputs are never written to. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                digests.put(file.getFileName().toString(), Files.size(file) + " bytes, modified "
                        + Files.getLastModifiedTime(file) + ", " + digest(file));
            }
        }
        return digests;
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void printTheMeasuredFigures() {
        StringBuilder table = new StringBuilder("Hostile inputs, time to load and memory allocated:\n");
        new TreeMap<>(MEASURED).forEach((name, figures) -> table.append(String.format("  %-45s %s%n", name, figures)));
        System.out.print(table);
    }
}
