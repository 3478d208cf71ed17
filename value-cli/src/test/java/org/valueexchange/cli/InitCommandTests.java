package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.cli.Cli.run;
import static org.valueexchange.cli.Cli.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.portfolio.Settings;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.PlanLoader;

class InitCommandTests {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void scaffoldsSettingsTwoAccountsAndAWorkflow() throws IOException {
        Cli.Run run = run("init", dir.toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).startsWith("created value.yaml", "created accounts/contoso-health.yaml",
                "created accounts/northwind-retail.yaml", "created .github/workflows/value-site.yml");
        assertThat(files()).containsExactly(".github/workflows/value-site.yml", "accounts/contoso-health.yaml",
                "accounts/northwind-retail.yaml", "value.yaml");
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNothingBehindAndARerunWorks() throws IOException {
        Path plans = dir.resolve("new/plans");
        // A file where init's last folder goes: value.yaml and the accounts are written first.
        Files.createDirectories(plans);
        Files.writeString(plans.resolve(".github"), "not a folder");
        Cli.Run run = run("init", plans.toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("value init: error: new/plans/.github: not a directory (writing"
                + " new/plans/.github/workflows/value-site.yml); nothing was written\n");
        assertThat(files()).containsExactly("new/plans/.github");
        assertThat(plans.resolve("accounts")).doesNotExist();

        Files.delete(plans.resolve(".github"));
        assertThat(run("init", plans.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(files()).hasSize(4);
    }

    @Test
    void theNextStepQuotesAFolderAShellWouldSplit() {
        Path plans = dir.resolve("key accounts");
        Cli.Run run = run("init", plans.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String quoted = "'" + plans + "'";
        assertThat(run.out().lines().toList()).last()
                .isEqualTo("Next: edit the plans, then run: value validate " + quoted + " && value check " + quoted);
        assertThat(InitCommand.shellWord("it's")).isEqualTo("'it'\\''s'");
        assertThat(InitCommand.shellWord("plans/emea-2026")).isEqualTo("plans/emea-2026");
        // Not an option to the command it is given to.
        assertThat(InitCommand.shellWord("-plans")).isEqualTo("./-plans");
        assertThat(InitCommand.shellWord("-my plans")).isEqualTo("'./-my plans'");
    }

    @Test
    void theScaffoldPassesValidateAndCheckWithoutAnyAlert() {
        assertThat(run("init", dir.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Cli.Run validate = run("validate", dir.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(validate.out()).isEqualTo("2 accounts valid\n");
        Cli.Run check = run("check", dir.toString(), "--fail-on", "info");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).endsWith("2 accounts checked as of 2026-11-24: 0 errors, 0 warnings, 0 info;"
                + " passed (no alert at or above info)\n");
    }

    @Test
    void theScaffoldedSettingsAreTheDefaults() {
        run("init", dir.toString());
        LoadResult result = new PlanLoader().load(dir);
        Settings loaded = result.loaded().orElseThrow().portfolio().settings();
        Settings defaults = Settings.defaults(loaded.currency());
        assertThat(loaded.name()).isEqualTo(defaults.name());
        assertThat(loaded.currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(loaded.period()).isEqualTo(defaults.period());
        assertThat(loaded.band().tolerance()).isEqualByComparingTo(defaults.band().tolerance());
        assertThat(loaded.sustainedPeriods()).isEqualTo(defaults.sustainedPeriods());
        assertThat(loaded.threshold().value()).isEqualByComparingTo(defaults.threshold().value());
        assertThat(loaded.parity().tolerance()).isEqualByComparingTo(defaults.parity().tolerance());
        assertThat(loaded.parity().minAccounts()).isEqualTo(defaults.parity().minAccounts());
        assertThat(loaded.tiers()).isEqualTo(defaults.tiers());
    }

    @Test
    void theWorkflowChecksThePlansAndPublishesTheSite() throws IOException {
        run("init", dir.toString());
        JsonNode workflow = new ObjectMapper(new YAMLFactory())
                .readTree(dir.resolve(".github/workflows/value-site.yml").toFile());
        List<String> uses = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(step -> {
            if (step.has("uses")) {
                uses.add(step.get("uses").asText());
            }
            if (step.has("run")) {
                commands.add(step.get("run").asText().strip());
            }
        }));
        assertThat(uses).contains("actions/checkout@v4", "actions/setup-java@v4",
                "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4");
        assertThat(commands).contains("value check . --format github", "value site . -o public");
        JsonNode setupJava = workflow.get("jobs").get("check").get("steps").get(2).get("with");
        assertThat(setupJava.get("distribution").asText()).isEqualTo("temurin");
        assertThat(setupJava.get("java-version").asText()).isEqualTo("17");
        assertThat(workflow.get("jobs").get("deploy").get("permissions").get("pages").asText()).isEqualTo("write");
    }

    @Test
    void createsAMissingDirectory() {
        Path nested = dir.resolve("a/b/plans");
        assertThat(run("init", nested.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(nested.resolve("value.yaml")).isRegularFile();
    }

    @Test
    void refusesToOverwriteAndWritesNothing() throws IOException {
        Path mine = write(dir, "accounts/contoso-health.yaml", "name: My own plan\n");
        write(dir, "value.yaml", "currency: EUR\n");
        Cli.Run run = run("init", dir.toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "value init: these files exist already; nothing was written:",
                "  value.yaml",
                "  accounts/contoso-health.yaml");
        assertThat(mine).hasContent("name: My own plan");
        assertThat(files()).containsExactly("accounts/contoso-health.yaml", "value.yaml");
    }

    @Test
    void leavesOtherFilesAlone() throws IOException {
        write(dir, "accounts/acme.yaml", Plans.BALANCED);
        write(dir, "README.md", "# Our accounts\n");
        assertThat(run("init", dir.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("README.md")).hasContent("# Our accounts");
        assertThat(dir.resolve("accounts/acme.yaml")).hasContent(Plans.BALANCED.strip());
        assertThat(run("validate", dir.toString()).out()).isEqualTo("3 accounts valid\n");
    }

    @Test
    void aFileIsNotADirectoryToScaffold() throws IOException {
        Path file = write(dir, "plans", "not a folder\n");
        Cli.Run run = run("init", file.toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("value init: plans: not a directory\n");
    }

    @Test
    void aFileWhereAFolderMustGoIsAnIoError() throws IOException {
        write(dir, "plans", "not a folder\n");
        Cli.Run run = run("init", dir.resolve("plans/sub").toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).isEqualTo("value init: error: plans: not a directory (writing plans/sub/value.yaml);"
                + " nothing was written\n");
    }
}
