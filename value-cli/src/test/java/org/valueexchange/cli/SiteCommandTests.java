package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTests {

    @TempDir
    Path dir;

    @Test
    void buildsTheSiteAndSaysWhatItWrote() throws Exception {
        Cli.write(dir, "plans/accounts/acme.yaml", Plans.BALANCED);
        Cli.write(dir, "plans/accounts/globex.yaml", Plans.SPIRAL);
        Path out = dir.resolve("public");
        Cli.Run run = Cli.run("site", dir.resolve("plans").toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("value site: 2 accounts, 11 files in ");
        assertThat(out.resolve("index.html")).content().contains("Acme Retail", "Globex", "sustained-imbalance");
        assertThat(out.resolve("accounts/globex.html")).content().contains("vendor over-investing");
        assertThat(out.resolve(".value-site")).exists();
    }

    @Test
    void invalidPlansBuildNothing() throws Exception {
        Cli.write(dir, "plans/a.yaml", Plans.UNCLOSED_BRACKET);
        Path out = dir.resolve("public");
        Cli.Run run = Cli.run("site", dir.resolve("plans").toString(), "-o", out.toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("plans/a.yaml:5:65: invalid YAML");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAFolderItDidNotWriteAndTouchesNothing() throws Exception {
        Cli.write(dir, "plans/a.yaml", Plans.BALANCED);
        Path docs = Cli.write(dir, "docs/keep.md", "precious").getParent();
        Cli.Run run = Cli.run("site", dir.resolve("plans").toString(), "-o", docs.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("value site: error: ", "was not written by 'value site'").doesNotContain("\tat ");
        assertThat(docs.resolve("keep.md")).content().isEqualTo("precious");
        try (var files = Files.list(docs)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void userTemplatesOverrideAndABrokenOneIsExitCodeTwo() throws Exception {
        Cli.write(dir, "plans/a.yaml", Plans.BALANCED);
        Cli.write(dir, "templates/account.html", "<p>${account.name}</p>");
        Path out = dir.resolve("public");
        Cli.Run ok = Cli.run("site", dir.resolve("plans").toString(), "-o", out.toString(),
                "--templates", dir.resolve("templates").toString());
        assertThat(ok.exitCode()).as(ok.err()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("accounts/a.html")).content().isEqualTo("<p>Acme Retail</p>");
        Cli.write(dir, "templates/account.html", "<p>${account.nickname}</p>");
        Cli.Run broken = Cli.run("site", dir.resolve("plans").toString(), "-o", out.toString(),
                "--templates", dir.resolve("templates").toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(broken.err()).contains("template account.html failed at line 1");
        assertThat(out.resolve("accounts/a.html")).content().isEqualTo("<p>Acme Retail</p>");
    }

    @Test
    void aMissingTemplatesFolderIsExitCodeTwo() throws Exception {
        Cli.write(dir, "plans/a.yaml", Plans.BALANCED);
        Cli.Run run = Cli.run("site", dir.resolve("plans").toString(), "-o", dir.resolve("public").toString(),
                "--templates", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void anOutputThatCannotBeWrittenIsExitCodeThreeInOneLine() throws Exception {
        Cli.write(dir, "plans/a.yaml", Plans.BALANCED);
        Path file = Cli.write(dir, "blocker", "a file where a folder should be");
        Cli.Run run = Cli.run("site", dir.resolve("plans").toString(), "-o", file.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).startsWith("value site: error: cannot create ").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(file).content().isEqualTo("a file where a folder should be");
    }
}
