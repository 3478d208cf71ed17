package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.valueexchange.cli.Cli.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar value-cli.jar} as users and CI run it: a separate process, in a working
 * directory of its own, in the C locale. Run by failsafe after {@code package}.
 */
class ValueProcessTests {

    private static final Path JAR = Path.of(System.getProperty("value.jar", "target/value-cli.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @TempDir
    Path io;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("the runnable jar; run 'mvn verify', which packages it first").isRegularFile();
    }

    private Result value(String... args) throws IOException, InterruptedException {
        return valueIn(dir, args);
    }

    private Result valueIn(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(Cli.withAsOf(args)));
        Path out = Files.createTempFile(io, "out", ".txt");
        Path err = Files.createTempFile(io, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // The C locale: on Java 17 the platform charset is then ASCII, yet value writes UTF-8.
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("value " + String.join(" ", args) + " did not finish in 60 s");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        assertThat(result.err()).as("standard error of value %s", String.join(" ", args))
                .doesNotContain("Exception in thread").doesNotContainPattern("\n\tat ");
        return result;
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = value("--version");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("value " + System.getProperty("value.version", "") + "\nJava ");
    }

    @Test
    void scaffoldsValidatesAndChecksInTheWorkingDirectory() throws Exception {
        Result init = value("init");
        assertThat(init.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(init.out()).startsWith("created value.yaml\n");

        Result validate = value("validate");
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(validate.out()).isEqualTo("2 accounts valid\n");
        Result one = value("validate", "accounts/contoso-health.yaml");
        assertThat(one.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(one.out()).isEqualTo("1 account valid\n");

        Result check = value("check", "--format", "json");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode root = JSON.readTree(check.out());
        assertThat(root.get("accounts")).extracting(a -> a.get("id").asText())
                .containsExactly("contoso-health", "northwind-retail");
        JsonNode contoso = root.get("accounts").get(0);
        assertThat(contoso.get("file").asText()).isEqualTo("accounts/contoso-health.yaml");
        assertThat(contoso.get("quadrant").asText()).isEqualTo("partnership");
        assertThat(contoso.get("balance").get("index").isNumber()).isTrue();
        assertThat(contoso.get("balance").get("status").asText()).isEqualTo("in-equilibrium");
        assertThat(contoso.get("periods")).extracting(p -> p.get("period").asText())
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1");
        assertThat(contoso.get("tier").get("declared").asText()).isEqualTo("strategic");
        assertThat(contoso.get("tier").get("supported").asText()).isEqualTo("strategic");
        assertThat(contoso.get("alerts")).isEmpty();
        assertThat(root.get("alerts")).isEmpty();

        assertThat(value("init").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void namesTheSettingsOfAnAccountFileRelativeToTheWorkingDirectory() throws Exception {
        write(dir, "value.yaml", "period: fortnight\n");
        write(dir, "accounts/acme.yaml", Plans.BALANCED);
        Result result = valueIn(dir.resolve("accounts"), "validate", "acme.yaml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).startsWith("../value.yaml:1:9: ").endsWith("\n1 problem in 1 file\n");
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws Exception {
        write(dir, "accounts/umbrella.yaml", Plans.OVER_TIERED);
        assertThat(value("check").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(value("check", "--fail-on", "error").exitCode()).isEqualTo(ExitCodes.OK);
        Result strict = value("check", ".", "--fail-on", "warning", "--format", "json");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode alert = JSON.readTree(strict.out()).get("accounts").get(0).get("alerts").get(0);
        assertThat(alert.get("code").asText()).isEqualTo("over-tiered");
        assertThat(alert.get("severity").asText()).isEqualTo("warning");
        assertThat(alert.get("line").asInt()).isEqualTo(4);
    }

    @Test
    void anErrorFailsTheCheckAndReadsInUtf8WhateverTheLocale() throws Exception {
        write(dir, "accounts/globex.yaml", Plans.SPIRAL);
        Result text = value("check");
        assertThat(text.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(text.out()).contains("accounts/globex.yaml:4:1: error: sustained-imbalance: ")
                .contains("band ±0.20");
        Result github = value("check", "--format", "github");
        assertThat(github.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(github.out()).startsWith(
                "::error file=accounts/globex.yaml,line=4,col=1,title=sustained-imbalance::Vendor over-investing");
    }

    @Test
    void writesAJUnitReportToAFile() throws Exception {
        write(dir, "accounts/globex.yaml", Plans.SPIRAL);
        Result result = value("check", "--format", "junit", "-o", "target/value-check.xml");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).isEmpty();
        assertThat(dir.resolve("target/value-check.xml")).content().startsWith("<?xml")
                .contains("<failure type=\"sustained-imbalance\"");
    }

    @Test
    void invalidPlansAreExitCodeTwoWithEveryProblem() throws Exception {
        write(dir, "accounts/a.yaml", Plans.UNCLOSED_BRACKET);
        write(dir, "accounts/b.yaml", Plans.MISSPELT_KEY);
        for (String command : List.of("validate", "check")) {
            Result result = value(command);
            assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().lines()).containsExactly(
                    "accounts/a.yaml:5:65: invalid YAML: while parsing a flow mapping: expected ',' or '}',"
                            + " but got <stream end>",
                    "accounts/b.yaml:4:1: unknown key 'exchanes' in an account plan, did you mean 'exchanges'?",
                    "2 problems in 2 files");
        }
    }

    @Test
    void aMissingPathIsExitCodeTwo() throws Exception {
        Result result = value("check", "nope");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).isEqualTo("nope:1:1: no such file or directory\n1 problem in 1 file\n");
    }

    @Test
    void checksOneAndSeveralAccountFilesWithTheSettingsAboveThem() throws Exception {
        write(dir, "value.yaml", "orientation: {threshold: 2}\n");
        write(dir, "accounts/umbrella.yaml", Plans.OVER_TIERED);
        write(dir, "accounts/globex.yaml", Plans.SPIRAL);
        Result one = valueIn(dir.resolve("accounts"), "check", "umbrella.yaml");
        assertThat(one.exitCode()).as(one.err()).isEqualTo(ExitCodes.OK);
        assertThat(one.out()).startsWith("umbrella (umbrella.yaml)\n  partnership, ")
                .endsWith("1 account checked as of " + Cli.AS_OF + ": 0 errors, 0 warnings, 0 info; passed (no alert at or"
                        + " above error)\n");
        Result both = value("check", "accounts/umbrella.yaml", "accounts/globex.yaml", "--format", "json");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(JSON.readTree(both.out()).get("accounts")).extracting(a -> a.get("id").asText())
                .containsExactly("umbrella", "globex");
    }

    @Test
    void anUnwritableReportIsExitCodeThreeInOneLine() throws Exception {
        write(dir, "accounts/acme.yaml", Plans.BALANCED);
        write(dir, "taken", "a file\n");
        Result result = value("check", "-o", "taken/report.json", "--format", "json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(result.err()).isEqualTo(
                "value check: error: cannot write the report to taken/report.json: taken: not a directory\n");
    }

    @Test
    void aReportThatCannotReachStandardOutputIsExitCodeThree() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system: skipped");
        write(dir, "accounts/acme.yaml", Plans.BALANCED);
        Path err = Files.createTempFile(io, "err", ".txt");
        Process process = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "check", "--format", "json",
                "--as-of", "2026-11-24").directory(dir.toFile()).redirectOutput(full.toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(Files.readString(err)).endsWith(
                "value: error: cannot write to standard output; the output is incomplete\n");
    }

    @Test
    void usageErrorsAreExitCodeTwo() throws Exception {
        Result unknown = value("check", "--colour");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).startsWith("value check: Unknown option: '--colour'\n");
        assertThat(value().exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(value("review").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void printsACompletionScript() throws Exception {
        Result result = value("generate-completion");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("complete -F _complete_value");
    }

    @Test
    void theExamplesAreValid() throws Exception {
        Path examples = Path.of(System.getProperty("value.examples", "../examples")).toAbsolutePath().normalize();
        assumeThat(examples.resolve("value.yaml")).as("no examples at %s: nothing to check", examples).exists();
        Result validate = valueIn(examples.getParent(), "validate", "examples");
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(ExitCodes.OK);
        Result check = valueIn(examples.getParent(), "check", "examples", "--format", "json");
        assertThat(check.exitCode()).as(check.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        long plans;
        try (Stream<Path> files = Files.walk(examples.resolve("accounts"))) {
            plans = files.filter(p -> p.toString().endsWith(".yaml")).count();
        }
        assertThat(JSON.readTree(check.out()).get("accounts")).hasSize((int) plans);
    }

    @Test
    void buildsTheExampleSiteAndAReviewAsTheReadmeSays() throws Exception {
        Path examples = Path.of(System.getProperty("value.examples", "../examples")).toAbsolutePath().normalize();
        assumeThat(examples.resolve("value.yaml")).as("no examples at %s", examples).exists();
        Path out = dir.resolve("site");
        Result site = valueIn(examples.getParent(), "site", "examples", "-o", out.toString());
        assertThat(site.exitCode()).as(site.err()).isEqualTo(ExitCodes.OK);
        assertThat(site.out()).startsWith("value site: ");
        assertThat(out.resolve("index.html")).exists();
        assertThat(site.err()).as("no progress bar without a terminal").isEmpty();
        Result review = valueIn(examples.getParent(), "review", "examples/accounts/meridale-health.yaml");
        assertThat(review.exitCode()).as(review.err()).isEqualTo(ExitCodes.OK);
        assertThat(review.out()).startsWith("# Meridale Health Partners").contains("sustained-imbalance", "±0.2");
    }

    @Test
    void aSiteOverAForeignFolderIsRefusedAsAProcessToo() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.writeString(plans.resolve("a.yaml"), Plans.BALANCED);
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("keep.md"), "precious");
        Result site = value("site", "plans", "-o", "docs");
        assertThat(site.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(site.err()).contains("refusing to replace it");
        assertThat(Files.readString(docs.resolve("keep.md"))).isEqualTo("precious");
    }
}
