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
    private static final String MAIN = "org.valueexchange.cli.Main";
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

    /**
     * An archive of the classes {@code value --version} loads from {@code jar}, made by this JVM
     * as the build makes its archives: a run lists the classes, then a JVM archives them.
     */
    private void archiveTheJar() throws IOException, InterruptedException {
        archiveTheJar(archive);
    }

    private void archiveTheJar(Path archive) throws IOException, InterruptedException {
        Path list = clone.resolve("classes.lst");
        run(JAVA.toString(), "-Xshare:off", "-XX:DumpLoadedClassList=" + list, "-jar", jar.toString(), "--version");
        run(JAVA.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive,
                "-jar", jar.toString());
        assumeThat(archive).as("this JVM makes no class-data archive").exists();
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(clone.resolve("dump.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    }

    /** What {@code -Xlog:class+load} says of a class read from a class-data archive. */
    private static String archived(String className) {
        return className + " source: shared objects file";
    }

    /**
     * The archives the build made hold picocli's classes, which Java 17 leaves out of an archive
     * written at the end of a run (their class files are of Java 5), and the command classes.
     */
    @Test
    void theBuildsArchivesHoldPicocliToo() throws Exception {
        // Run on the built jar itself: an archive holds the path of the jar it was made for.
        Path plan = plans.resolve("accounts/umbrella.yaml");
        assertThat(classesLoaded("value-cli.jsa", "check", plan.toString())).contains(archived(MAIN),
                archived("picocli.CommandLine"), archived("org.valueexchange.cli.CheckCommand"));
        assertThat(classesLoaded("value-cli-site.jsa", "site", plans.toString(), "-o", clone.resolve("site").toString()))
                .contains(archived("picocli.CommandLine"), archived("org.valueexchange.reports.site.SiteBuilder"),
                        archived("freemarker.template.Configuration"));
    }

    /** What {@code -Xlog:class+load} tells of the built jar run from the built archive {@code name}. */
    private String classesLoaded(String name, String... args) throws IOException, InterruptedException {
        Path built = JAR.resolveSibling(name);
        assumeThat(built).as("the build made no class-data archive with this JVM").exists();
        Path log = clone.resolve(name + ".classes.txt");
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:SharedArchiveFile=" + built,
                "-Xlog:cds=off", "-Xlog:class+load:file=" + log, "-jar", JAR.toString()));
        command.addAll(List.of(Cli.withAsOf(args)));
        run(command.toArray(String[]::new));
        return Files.readString(log);
    }

    @Test
    void rebuildsTheJarWhenWhatGoesIntoItIsNewerNotWhenATestIs() throws Exception {
        // An mvn that says how it was called and leaves the jar as it is.
        Path calls = clone.resolve("mvn-calls.txt");
        Path mvn = write(clone, "fake-bin/mvn", "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n");
        assertThat(mvn.toFile().setExecutable(true)).isTrue();
        Map<String, String> path = Map.of("PATH", mvn.getParent() + ":" + System.getenv("PATH"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        write(clone, "value-core/src/test/java/org/example/SomeTests.java", "class SomeTests {\n}\n");
        Result test = launch(path, "--version");
        assertThat(test.err()).isEmpty();
        assertThat(test.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(calls).as("mvn, run for a test newer than the jar").doesNotExist();

        write(clone, "value-core/src/main/java/org/example/Some.java", "class Some {\n}\n");
        Result main = launch(path, "--version");
        assertThat(main.err()).isEqualTo("value: building value-cli.jar ...\n");
        assertThat(main.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(calls).hasContent("-B -q -DskipTests package -pl value-cli -am");
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
        assertThat(Files.readString(log)).contains(archived(MAIN));
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
        // The jar rebuilt, the archive not: the JVM finds the jar changed and leaves the archive
        // (and, at some log levels, says so on standard output, in the middle of a JSON report).
        Files.write(jar, Files.readAllBytes(JAR));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Path log = clone.resolve("classes.txt");
        Result result = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log), "--version");
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(log)).contains(MAIN + " source: file:").doesNotContain(archived(MAIN));
        checksSilently();
    }

    @Test
    void ignoresAnArchiveOlderThanTheJar() throws Exception {
        archiveTheJar();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Path log = clone.resolve("classes.txt");
        Result result = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log), "--version");
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(log)).doesNotContain(archived(MAIN));
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
        assertThat(Files.readString(log)).contains(archived(MAIN));
        assertThat(site.resolve("accounts/umbrella.html")).isRegularFile();

        // review renders as site does, from the same archive.
        Result review = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log), "review", "accounts/umbrella.yaml",
                "-o", clone.resolve("umbrella.md").toString());
        assertThat(review.err()).isEmpty();
        assertThat(review.exitCode()).as(review.out()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(log)).contains(archived(MAIN));

        // check keeps to its own archive, of which there is none here.
        Result check = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log), "check", "accounts/umbrella.yaml");
        assertThat(check.err()).isEmpty();
        assertThat(Files.readString(log)).doesNotContain(archived(MAIN));

        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(siteArchive, garbage);
        Result again = launch(Map.of(), "site", ".", "-o", site.toString());
        assertThat(again.err()).isEmpty();
        assertThat(again.exitCode()).as(again.out()).isEqualTo(ExitCodes.OK);
    }
}
