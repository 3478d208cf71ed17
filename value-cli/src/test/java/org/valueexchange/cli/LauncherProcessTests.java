package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.valueexchange.cli.Cli.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code value} launcher at the root of the repository, run as users run it, in a copy of
 * the repository that holds just the launcher and the built jar (so it never builds): whatever
 * state the class-data archive beside the jar is in, the command works and prints nothing of it.
 */
class LauncherProcessTests {

    private static final Path LAUNCHER = Path.of(System.getProperty("value.launcher", "../value")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("value.jar", "target/value-cli.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String PASSED =
            "1 account checked as of " + Cli.AS_OF + ": 0 errors, 0 warnings, 0 info; passed (no alert at or above error)\n";

    @TempDir
    Path clone;

    @TempDir
    Path plans;

    private Path jar;
    private Path archive;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeEach
    void aCloneWithABuiltJar() throws IOException {
        assumeThat(Path.of("/bin/bash")).as("the launcher is a bash script").exists();
        assertThat(JAR).as("the runnable jar; run 'mvn verify', which packages it first").isRegularFile();
        Files.copy(LAUNCHER, clone.resolve("value"), StandardCopyOption.COPY_ATTRIBUTES);
        jar = Files.createDirectories(clone.resolve("value-cli/target")).resolve("value-cli.jar");
        Files.copy(JAR, jar);
        archive = jar.resolveSibling("value-cli.jsa");
        write(plans, "value.yaml", "orientation: {threshold: 2}\n");
        write(plans, "accounts/umbrella.yaml", Plans.OVER_TIERED);
        write(plans, "accounts/globex.yaml", Plans.SPIRAL);
    }

    private Result launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(clone.resolve("value").toString()));
        command.addAll(List.of(Cli.withAsOf(args)));
        Path out = Files.createTempFile(clone, "out", ".txt");
        Path err = Files.createTempFile(clone, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(plans.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put("JAVA_HOME", JAVA.getParent().getParent().toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("value " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Checks one plan, then two, and says what went wrong if anything did. */
    private void checksSilently() throws IOException, InterruptedException {
        Result one = launch(Map.of(), "check", "accounts/umbrella.yaml");
        assertThat(one.err()).isEmpty();
        assertThat(one.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(one.out()).startsWith("umbrella (accounts/umbrella.yaml)\n").endsWith(PASSED);
        Result two = launch(Map.of(), "check", "accounts/umbrella.yaml", "accounts/globex.yaml");
        assertThat(two.err()).isEmpty();
        assertThat(two.exitCode()).as("the exit code of value itself").isEqualTo(ExitCodes.FINDINGS);
    }

    /** An archive of the classes {@code value --version} loads from {@code jar}, made by this JVM. */
    private void archiveTheJar() throws IOException, InterruptedException {
        archiveTheJar(archive);
    }

    private void archiveTheJar(Path archive) throws IOException, InterruptedException {
        Process dump = new ProcessBuilder(JAVA.toString(), "-XX:ArchiveClassesAtExit=" + archive, "-jar",
                jar.toString(), "--version").redirectErrorStream(true)
                .redirectOutput(clone.resolve("dump.txt").toFile()).start();
        assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeThat(archive).as("this JVM makes no class-data archive").exists();
    }

    @Test
    void runsWithoutAnArchive() throws Exception {
        checksSilently();
    }

    @Test
    void startsFromAnArchiveMadeForTheJarAndPassesJavaOptsOn() throws Exception {
        archiveTheJar();
        Path log = clone.resolve("classes.txt");
        Result result = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log), "--version");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(log)).contains("org.valueexchange.cli.Main source: shared objects file (top)");
        checksSilently();
    }

    @Test
    void ignoresAnArchiveOfGarbage() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(6).nextBytes(garbage);
        Files.write(archive, garbage);
        checksSilently();
        Files.write(archive, new byte[0]);
        checksSilently();
    }

    @Test
    void ignoresAnArchiveMadeForAnotherBuildOfTheJar() throws Exception {
        archiveTheJar();
        // The jar rebuilt, the archive not: the JVM finds the jar changed and would say so, on
        // standard output, in the middle of a JSON report.
        Files.write(jar, Files.readAllBytes(JAR));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Process process = new ProcessBuilder(JAVA.toString(), "-XX:SharedArchiveFile=" + archive, "-jar",
                jar.toString(), "--version").redirectErrorStream(true)
                .redirectOutput(clone.resolve("plain.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(clone.resolve("plain.txt"))).as("java alone warns; the launcher must not")
                .contains("shared archive");
        checksSilently();
    }

    @Test
    void ignoresAnArchiveOlderThanTheJar() throws Exception {
        archiveTheJar();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Path log = clone.resolve("classes.txt");
        Result result = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log), "--version");
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(log)).doesNotContain("shared objects file (top)");
        checksSilently();
    }

    @Test
    void buildsSitesFromTheSiteBuildsArchiveAndIgnoresItWhenItIsGarbage() throws Exception {
        Path siteArchive = jar.resolveSibling("value-cli-site.jsa");
        archiveTheJar(siteArchive);
        Path log = clone.resolve("classes.txt");
        Path site = clone.resolve("site");
        Result result = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log), "site", ".", "-o", site.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(log)).contains("org.valueexchange.cli.Main source: shared objects file (top)");
        assertThat(site.resolve("accounts/umbrella.html")).isRegularFile();

        // check keeps to its own archive, of which there is none here.
        Result check = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log), "check", "accounts/umbrella.yaml");
        assertThat(check.err()).isEmpty();
        assertThat(Files.readString(log)).doesNotContain("shared objects file (top)");

        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(siteArchive, garbage);
        Result again = launch(Map.of(), "site", ".", "-o", site.toString());
        assertThat(again.err()).isEmpty();
        assertThat(again.exitCode()).as(again.out()).isEqualTo(ExitCodes.OK);
    }
}
