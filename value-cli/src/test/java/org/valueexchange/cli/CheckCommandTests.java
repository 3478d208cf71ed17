package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.cli.Cli.run;
import static org.valueexchange.cli.Cli.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class CheckCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Cli.Run check(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        args[1] = dir.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return run(args).relativeTo(dir);
    }

    private void warningsOnly() throws IOException {
        write(dir, "accounts/acme.yaml", Plans.BALANCED);
        write(dir, "accounts/umbrella.yaml", Plans.OVER_TIERED);
    }

    private void anError() throws IOException {
        warningsOnly();
        write(dir, "accounts/globex.yaml", Plans.SPIRAL);
    }

    @Test
    void passesWhenNoAlertIsAtOrAboveError() throws IOException {
        warningsOnly();
        Cli.Run run = check();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("""
                umbrella (accounts/umbrella.yaml)
                  transactional, balance +0.05 in equilibrium, tier collaborative (evidence supports preferred)
                  accounts/umbrella.yaml:4:1: warning: over-tiered: Declared collaborative but the evidence supports\
                 preferred""");
        assertThat(run.out()).endsWith(
                "2 accounts checked as of 2026-11-24: 0 errors, 1 warning, 0 info; passed (no alert at or above error)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failsOnAWarningWithFailOnWarning() throws IOException {
        warningsOnly();
        Cli.Run run = check("--fail-on", "warning");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).endsWith(
                "2 accounts checked as of 2026-11-24: 0 errors, 1 warning, 0 info; failed (1 alert at or above warning)\n");
    }

    @Test
    void failsOnAnErrorByDefault() throws IOException {
        anError();
        Cli.Run run = check();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("accounts/globex.yaml:4:1: error: sustained-imbalance: Vendor over-investing"
                + " for the last 3 quarters");
        assertThat(check("--fail-on", "error").exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void writesTheDocumentedJson() throws IOException {
        anError();
        Cli.Run run = check("--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("accounts")).extracting(a -> a.get("id").asText())
                .containsExactly("acme", "globex", "umbrella");
        JsonNode globex = root.get("accounts").get(1);
        assertThat(globex.get("file").asText()).isEqualTo("accounts/globex.yaml");
        assertThat(globex.get("quadrant").asText()).isEqualTo("intellectual");
        assertThat(globex.get("balance").get("index").decimalValue()).isEqualByComparingTo("-0.5");
        assertThat(globex.get("balance").get("status").asText()).isEqualTo("vendor-overinvesting");
        assertThat(globex.get("periods")).hasSize(3);
        assertThat(globex.get("tier").get("declared").isNull()).isTrue();
        assertThat(globex.get("tier").get("supported").asText()).isEqualTo("collaborative");
        JsonNode alert = globex.get("alerts").get(0);
        assertThat(alert.get("code").asText()).isEqualTo("sustained-imbalance");
        assertThat(alert.get("severity").asText()).isEqualTo("error");
        assertThat(alert.get("line").asInt()).isEqualTo(4);
        assertThat(root.get("alerts")).isEmpty();
        // Standard output is the document alone; the summary goes to standard error.
        assertThat(run.err()).isEqualTo(
                "3 accounts checked as of 2026-11-24: 1 error, 1 warning, 0 info; failed (1 alert at or above error)\n");
    }

    @Test
    void writesAJUnitReportToAFileCreatingItsFolders() throws Exception {
        anError();
        Path report = dir.resolve("target/reports/value-check.xml");
        Cli.Run run = check("--format", "junit", "-o", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("3 accounts checked");
        Element suite = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(report.toFile()).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void writesGitHubAnnotations() throws IOException {
        anError();
        Cli.Run run = check("--format", "github");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out().lines()).anySatisfy(l -> assertThat(l).startsWith(
                "::error file=accounts/globex.yaml,line=4,col=1,title=sustained-imbalance::Vendor over-investing"));
        assertThat(run.out().lines()).anySatisfy(l -> assertThat(l).startsWith(
                "::warning file=accounts/umbrella.yaml,line=4,col=1,title=over-tiered::Declared collaborative"));
    }

    @Test
    void acceptsFormatsInAnyCase() throws IOException {
        warningsOnly();
        assertThat(check("--format", "JSON", "--fail-on", "Warning").exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void reportsInvalidPlansAsValidateDoes() throws IOException {
        write(dir, "accounts/a.yaml", Plans.UNCLOSED_BRACKET);
        write(dir, "accounts/b.yaml", Plans.MISSPELT_KEY);
        Cli.Run run = check("--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "accounts/a.yaml:5:65: invalid YAML: while parsing a flow mapping: expected ',' or '}', but got <stream end>",
                "accounts/b.yaml:4:1: unknown key 'exchanes' in an account plan, did you mean 'exchanges'?",
                "2 problems in 2 files");
    }

    @Test
    void annotatesInvalidPlansInTheGitHubFormat() throws IOException {
        write(dir, "accounts/b.yaml", Plans.MISSPELT_KEY);
        Cli.Run run = check("--format", "github");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEqualTo("::error file=accounts/b.yaml,line=4,col=1::unknown key 'exchanes'"
                + " in an account plan, did you mean 'exchanges'?\n");
        assertThat(run.err()).isEqualTo("1 problem in 1 file\n");
    }

    @Test
    void aMissingPathIsInvalidInput() {
        Cli.Run run = run("check", dir.resolve("nope").toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("nope:1:1: no such file or directory\n1 problem in 1 file\n");
    }

    @Test
    void aFileThatIsNotAPlanIsInvalidInput() throws IOException {
        Path file = write(dir, "notes.txt", "not a plan\n");
        Cli.Run run = run("check", file.toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("notes.txt:1:1: not a plan; expected a plans directory or a .yaml or .yml"
                + " account plan\n");
    }

    @Test
    void checksOneAccountFileWithTheSettingsAboveIt() throws IOException {
        anError();
        // At a threshold of 2, Umbrella (2, 2) is a partnership: collaborative is then supported.
        write(dir, "value.yaml", "orientation: {threshold: 2}\n");
        Cli.Run run = run("check", dir.resolve("accounts/umbrella.yaml").toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("""
                umbrella (accounts/umbrella.yaml)
                  partnership, balance +0.05 in equilibrium, tier collaborative (evidence supports collaborative)

                1 account checked as of 2026-11-24: 0 errors, 0 warnings, 0 info; passed (no alert at or above error)
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checksSeveralAccountFilesAndOnlyThoseInTheOrderGivenOnce() throws IOException {
        anError();
        Cli.Run run = run("check", dir.resolve("accounts/umbrella.yaml").toString(),
                dir.resolve("accounts/globex.yaml").toString(), dir.resolve("accounts/umbrella.yaml").toString(),
                "--format", "json").relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode accounts = JSON.readTree(run.out()).get("accounts");
        assertThat(accounts).extracting(a -> a.get("file").asText())
                .containsExactly("accounts/umbrella.yaml", "accounts/globex.yaml");
        assertThat(run.err()).isEqualTo(
                "2 accounts checked as of 2026-11-24: 1 error, 1 warning, 0 info; failed (1 alert at or above error)\n");
    }

    @Test
    void checksADirectoryAndAFileUnderOtherSettingsTogether() throws IOException {
        write(dir, "north/accounts/acme.yaml", Plans.BALANCED);
        write(dir, "south/value.yaml", "orientation: {threshold: 2}\n");
        write(dir, "south/umbrella.yaml", Plans.OVER_TIERED);
        Cli.Run run = run("check", dir.resolve("north").toString(), dir.resolve("south/umbrella.yaml").toString())
                .relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("acme (north/accounts/acme.yaml)", "umbrella (south/umbrella.yaml)")
                .doesNotContain("over-tiered")
                .endsWith("2 accounts checked as of 2026-11-24: 0 errors, 0 warnings, 0 info; passed (no alert at or above error)\n");
    }

    @Test
    void reportsOnlyTheProblemsOfTheFilesGiven() throws IOException {
        write(dir, "accounts/acme.yaml", Plans.BALANCED);
        write(dir, "accounts/b.yaml", Plans.MISSPELT_KEY);
        assertThat(run("check", dir.resolve("accounts/acme.yaml").toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Cli.Run run = run("check", dir.resolve("accounts/acme.yaml").toString(),
                dir.resolve("accounts/b.yaml").toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("accounts/b.yaml:4:1: unknown key 'exchanes' in an account plan, did you mean"
                + " 'exchanges'?\n1 problem in 1 file\n");
    }

    @Test
    void anEmptyDirectoryPassesWithANote() {
        Cli.Run run = check();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).startsWith("value check: note: no account plans under ");
    }

    @Test
    void theSettingsFileAloneIsCheckedAsSettingsAndSaysSo() throws IOException {
        write(dir, "value.yaml", "orientation: {threshold: 2}\n");
        Cli.Run run = run("check", dir.resolve("value.yaml").toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).startsWith("value check: note: value.yaml checked as the portfolio's settings; no"
                + " account plan was named (name the plans folder to check its accounts too)\n");
        write(dir, "value.yaml", "orientation: {threshold: eleven}\n");
        Cli.Run broken = run("check", dir.resolve("value.yaml").toString()).relativeTo(dir);
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(broken.err()).startsWith("value.yaml:1:26: ");
    }

    @Test
    void anUnwritableOutputIsAnIoErrorInOneLine() throws IOException {
        warningsOnly();
        write(dir, "taken", "a file, not a folder\n");
        Cli.Run run = check("-o", dir.resolve("taken/report.txt").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                "value check: error: cannot write the report to taken/report.txt: taken: not a directory\n");
    }

    @Test
    void refusesToWriteTheReportOverAPlanOrTheSettingsAndLeavesThemAsTheyWere() throws IOException {
        warningsOnly();
        write(dir, "value.yaml", "name: Test portfolio\n");
        for (String target : new String[] {"accounts/acme.yaml", "value.yaml", "accounts/../accounts/umbrella.yaml"}) {
            Cli.Run run = check("--format", "json", "-o", dir.resolve(target).toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).startsWith("value check: error: refusing to write to " + target + ": it is ")
                    .contains("which this command reads").hasLineCount(1);
        }
        assertThat(dir.resolve("accounts/acme.yaml")).hasContent(Plans.BALANCED);
        assertThat(dir.resolve("accounts/umbrella.yaml")).hasContent(Plans.OVER_TIERED);
        assertThat(dir.resolve("value.yaml")).hasContent("name: Test portfolio\n");
    }

    @Test
    void aReportReplacesTheLastOneWhole() throws IOException {
        warningsOnly();
        Path report = write(dir, "reports/check.txt", "the last report, much longer than the next one will be ".repeat(500));

        Cli.Run run = check("-o", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(report).content().doesNotContain("the last report").contains("acme");
        try (var left = Files.list(report.getParent())) {
            assertThat(left).containsExactly(report);
        }
    }

    @Test
    void anOutputThatIsADirectoryIsAnIoError() throws IOException {
        warningsOnly();
        Files.createDirectories(dir.resolve("out"));
        Cli.Run run = check("--output", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).startsWith("value check: error: cannot write the report to out: ")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Run run = check("--format", "xml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("value check: Invalid value for option '--format': expected one of"
                + " text, json, junit, github but was 'xml'\n");
    }

    @Test
    void anUnknownSeverityIsAUsageError() {
        Cli.Run run = check("--fail-on", "fatal");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("value check: Invalid value for option '--fail-on': expected one of"
                + " info, warning, error but was 'fatal'\n");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithASuggestion() {
        Cli.Run run = check("--formt", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("value check: Unknown option: '--formt'\n")
                .contains("Possible solutions: --format");
    }

    @Test
    void theAsOfDateDecidesWhatIsStaleAndIsPrinted() throws IOException {
        write(dir, "accounts/acme.yaml", Plans.BALANCED);
        // Reviewed 2026-10-24 and the champion met 2026-11-01: both still fresh on 2026-12-31 (68 and
        // exactly 60 days); on 2027-02-02 the review is 101 days old and the contact 93.
        Cli.Run fresh = run("check", dir.toString(), "--as-of", "2026-12-31", "--fail-on", "warning");
        assertThat(fresh.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fresh.out()).endsWith("1 account checked as of 2026-12-31: 0 errors, 0 warnings, 0 info;"
                + " passed (no alert at or above warning)\n");
        Cli.Run stale = run("check", dir.toString(), "--as-of", "2027-02-02", "--fail-on", "warning").relativeTo(dir);
        assertThat(stale.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(stale.out()).contains("accounts/acme.yaml:12:6: warning: stale-plan: Last review 2026-10-24"
                + " (line 12) is 101 days before the as-of date 2027-02-02; review_days is 100.");
    }

    @Test
    void aBadAsOfDateIsAUsageErrorInOneLine() {
        for (String bad : new String[] {"24/11/2026", "2026-02-30", "tomorrow", ""}) {
            Cli.Run run = run("check", dir.toString(), "--as-of", bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).as(bad).startsWith("value check: Invalid value for option '--as-of'")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(run("check", dir.toString(), "--as-of", "2026-02-30").err())
                .contains("'2026-02-30' is not a real date");
        assertThat(run("site", dir.toString(), "--as-of", "soon").err())
                .contains("expected a date as YYYY-MM-DD, e.g. 2026-11-24, but was 'soon'");
    }
}
