package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code value site} killed with SIGKILL ({@code kill -9}) half-way through writing a new
 * site: the previous site must be there, byte for byte, and the next build must work. Plans
 * for a portfolio big enough to take seconds are generated here, so that the test needs
 * nothing outside the repository. Run by failsafe after {@code package}.
 */
class InterruptedSiteProcessTests {

    private static final Path JAR = Path.of(System.getProperty("value.jar", "target/value-cli.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final int ACCOUNTS = 2000;

    @TempDir
    Path dir;

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("the runnable jar; run 'mvn verify', which packages it first").isRegularFile();
    }

    /** A portfolio of {@code n} plans, 40 exchanges each; {@code name} tells one generation from another. */
    private static void writePlans(Path plans, int n, String name) throws IOException {
        Files.createDirectories(plans.resolve("accounts"));
        Files.writeString(plans.resolve("value.yaml"), "name: Generated portfolio\ncurrency: GBP\n"
                + "rate_card: {access: 5000}\n");
        String[] give = {"product", "support", "insight", "innovation", "training"};
        for (int i = 0; i < n; i++) {
            StringBuilder plan = new StringBuilder(4096)
                    .append("name: \"Account ").append(i).append(' ').append(name).append("\"\n")
                    .append("segment: segment-").append(i % 7).append('\n')
                    .append("orientation: {intellectual: ").append(i % 11).append(", emotional: ")
                    .append((i * 7) % 11).append("}\n")
                    .append("pricing: {discount: 0.").append(10 + i % 20).append("}\n")
                    .append("exchanges:\n");
            for (int j = 0; j < 40; j++) {
                String date = String.format(Locale.ROOT, "%d-%02d-%02d", 2025 + j % 2, 1 + j % 12, 1 + (i + j) % 28);
                if (j % 3 == 2) {
                    plan.append("  - {date: ").append(date).append(", to: vendor, kind: revenue, amount: ")
                            .append(1000 + (i * 31 + j * 17) % 90000).append("}\n");
                } else {
                    plan.append("  - {date: ").append(date).append(", to: customer, kind: ")
                            .append(give[(i + j) % give.length]).append(", amount: ")
                            .append(1000 + (i * 13 + j * 29) % 60000)
                            .append(", note: \"Delivery ").append(j).append("\"}\n");
                }
            }
            plan.append("reviews:\n  - date: 2026-03-31\n    notes: |\n      **Review** of account ").append(i)
                    .append(":\n\n      - renewal due\n      - [plan](https://example.com/").append(i).append(")\n");
            Files.writeString(plans.resolve("accounts/acct-" + i + ".yaml"), plan);
        }
    }

    private Process startSite(Path plans, Path out) throws IOException {
        return new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "site", plans.toString(), "-o",
                out.toString(), "--as-of", Cli.AS_OF)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
    }

    private int site(Path plans, Path out) throws IOException, InterruptedException {
        Process process = startSite(plans, out);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("value site finished").isTrue();
        return process.exitValue();
    }

    /** The folder a build is being written in, once it has at least one account page. */
    private Optional<Path> stagingWithPages(Path out) throws IOException {
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            for (Path p : siblings.toList()) {
                if (p.getFileName().toString().startsWith("." + out.getFileName() + ".tmp-")
                        && Files.isDirectory(p.resolve("accounts"))) {
                    try (Stream<Path> pages = Files.list(p.resolve("accounts"))) {
                        if (pages.findAny().isPresent()) {
                            return Optional.of(p);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBuildKilledHalfWayLeavesThePreviousSiteIntactAndTheNextBuildWorks() throws Exception {
        Path plans = dir.resolve("plans");
        Path out = dir.resolve("public");
        writePlans(plans, ACCOUNTS, "Holdings");
        assertThat(site(plans, out)).as(Files.readString(dir.resolve("err.txt"))).isEqualTo(ExitCodes.OK);
        Map<String, String> before = contents(out);
        // The account pages, index.html, six more sort orders, style.css and the .value-site mark.
        assertThat(before).hasSize(ACCOUNTS + 9).containsKey(".value-site");

        // A second generation of the plans, which a finished build would show.
        writePlans(plans, ACCOUNTS, "Group");
        Process second = startSite(plans, out);
        Optional<Path> staging = Optional.empty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (staging.isEmpty() && second.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
            staging = stagingWithPages(out);
        }
        assertThat(second.isAlive()).as("the second build is still writing pages when it is killed; if it was"
                + " too quick, raise ACCOUNTS").isTrue();
        second.destroyForcibly();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(staging).as("the second build had started writing").isPresent();

        assertThat(contents(out)).as("the previous site, byte for byte").isEqualTo(before);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList())
                    .as("what the killed build left: its own hidden, marked staging folder only")
                    .allSatisfy(n -> assertThat(n).startsWith(".public.tmp-"));
        }
        assertThat(staging.get().resolve(".value-site")).isRegularFile();

        assertThat(site(plans, out)).as(Files.readString(dir.resolve("err.txt"))).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("accounts/acct-0.html")).content(StandardCharsets.UTF_8).contains("Account 0 Group");
        assertThat(contents(out).keySet()).isEqualTo(before.keySet());
        assertThat(List.of(Files.readString(dir.resolve("err.txt")))).containsExactly("");
    }
}
