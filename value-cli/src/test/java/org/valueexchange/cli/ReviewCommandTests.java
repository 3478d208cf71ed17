package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTests {

    @TempDir
    Path dir;

    private Path plans() throws Exception {
        Cli.write(dir, "plans/value.yaml", "name: Test portfolio\n");
        Cli.write(dir, "plans/accounts/acme.yaml", Plans.BALANCED);
        return Cli.write(dir, "plans/accounts/globex.yaml", Plans.SPIRAL);
    }

    @Test
    void printsTheMarkdownReviewByDefault() throws Exception {
        Cli.Run run = Cli.run("review", plans().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("# Globex\n").contains("| Period | Received | Given | Balance | Status |",
                "`sustained-imbalance`");
    }

    @Test
    void writesAStandaloneHtmlReviewToAFile() throws Exception {
        Path out = dir.resolve("out/globex.html");
        Cli.Run run = Cli.run("review", plans().toString(), "--format", "html", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(out).content().contains("<h1>Globex</h1>", "<style>", ".split > * { min-width: 0; }")
                .doesNotContain("href=\"../index.html\"", "href=\"../style.css\"");
    }

    @Test
    void refusesToWriteOverAPlanOrTheSettingsItReadsUnderAnyName() throws Exception {
        Path globex = plans();
        String plan = java.nio.file.Files.readString(globex);
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("plans/value.yaml"));
        for (Path target : java.util.List.of(globex, dir.resolve("plans/accounts/./acme.yaml"), link)) {
            Cli.Run run = Cli.run("review", globex.toString(), "-o", target.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("value review: error: refusing to write to " + target, "which this command reads");
        }
        assertThat(globex).hasContent(plan);
        assertThat(dir.resolve("plans/value.yaml")).hasContent("name: Test portfolio\n");
        assertThat(dir.resolve("plans/accounts/acme.yaml")).hasContent(Plans.BALANCED);
    }

    @Test
    void writesThroughALinkToWhereItPoints() throws Exception {
        Path target = dir.resolve("reviews/globex.md");
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.writeString(target, "old");
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("latest.md"), target);

        Cli.Run run = Cli.run("review", plans().toString(), "-o", link.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.isSymbolicLink(link)).isTrue();
        assertThat(target).content().startsWith("# Globex\n");
    }

    @Test
    void aMissingFileIsExitCodeTwo() {
        Cli.Run run = Cli.run("review", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("nope.yaml:1:1: no such file");
    }

    @Test
    void aFolderIsNotAPlanAndTheMessageSaysWhatReviewsThemAll() throws Exception {
        plans();
        Cli.Run run = Cli.run("review", dir.resolve("plans").toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("plans:1:1: a folder; review takes one account plan (a .yaml file). To review"
                + " every account of a plans folder, build the site: value site plans\n");
    }

    @Test
    void theFormatIsReadInAnyCaseAsCheckReadsItsOptions() throws Exception {
        Cli.Run run = Cli.run("review", plans().toString(), "-f", "HTML");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void templatesThatNameAFileSaySo() throws Exception {
        Path file = Cli.write(dir, "account.html", "<p>one template, not a folder</p>\n");
        Cli.Run run = Cli.run("review", plans().toString(), "--templates", file.toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("value review: error: templates account.html is a file, not a folder of"
                + " templates\n");
    }

    @Test
    void problemsAnywhereInThePortfolioAreReported() throws Exception {
        Path globex = plans();
        Cli.write(dir, "plans/accounts/broken.yaml", Plans.UNCLOSED_BRACKET);
        Cli.Run run = Cli.run("review", globex.toString()).relativeTo(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("accounts/broken.yaml:5:65: invalid YAML");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Cli.Run run = Cli.run("review", plans().toString(), "--format", "pdf");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("pdf");
    }

    @Test
    void aWrittenReviewIsReadableByOthersAndLeavesNoTemporaryFile() throws Exception {
        // Regression: the review came out rw------- from its temporary file.
        Path out = dir.resolve("out/globex.md");
        assertThat(Cli.run("review", plans().toString(), "-o", out.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.getPosixFilePermissions(out))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        try (var files = java.nio.file.Files.list(out.getParent())) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("globex.md");
        }
    }

    @Test
    void anUnwritableOutputIsExitCodeThreeInOneLine() throws Exception {
        Path blocker = Cli.write(dir, "blocker", "a file");
        Cli.Run run = Cli.run("review", plans().toString(), "-o", blocker.resolve("x.md").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("cannot write the review to");
    }
}
