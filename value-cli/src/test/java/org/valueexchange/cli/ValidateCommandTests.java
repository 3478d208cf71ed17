package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.cli.Cli.run;
import static org.valueexchange.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

    @TempDir
    Path dir;

    private Cli.Run validate(String... paths) {
        String[] args = new String[paths.length + 1];
        args[0] = "validate";
        System.arraycopy(paths, 0, args, 1, paths.length);
        return run(args).relativeTo(dir);
    }

    @Test
    void validatesAPlansDirectory() throws IOException {
        write(dir, "value.yaml", "currency: GBP\n");
        write(dir, "accounts/acme.yaml", Plans.BALANCED);
        write(dir, "accounts/umbrella.yaml", Plans.OVER_TIERED);
        Cli.Run run = validate(dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("2 accounts valid\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aPlanOrAFolderNamedTwiceUnderAnySpellingIsReadOnce() throws IOException {
        write(dir, "value.yaml", "currency: GBP\n");
        Path acme = write(dir, "accounts/acme.yaml", Plans.BALANCED);
        write(dir, "accounts/umbrella.yaml", Plans.OVER_TIERED);
        String again = dir.resolve("accounts/../accounts/./acme.yaml").toString();

        // The same file under two spellings; a folder, once more as "folder/.", and one of its plans, in either order.
        assertThat(validate(acme.toString(), again).out()).isEqualTo("1 account valid\n");
        assertThat(validate(dir.toString(), dir.resolve(".").toString(), acme.toString()).out())
                .isEqualTo("2 accounts valid\n");
        Cli.Run run = validate(again, dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("2 accounts valid\n");
    }

    @Test
    void printsEveryProblemAsFileLineColumnAndASummary() throws IOException {
        write(dir, "accounts/a.yaml", Plans.UNCLOSED_BRACKET);
        write(dir, "accounts/b.yaml", Plans.MISSPELT_KEY);
        write(dir, "accounts/c.yaml", Plans.BALANCED);
        Cli.Run run = validate(dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "accounts/a.yaml:5:65: invalid YAML: while parsing a flow mapping: expected ',' or '}', but got <stream end>",
                "accounts/b.yaml:4:1: unknown key 'exchanes' in an account plan, did you mean 'exchanges'?",
                "2 problems in 2 files");
    }

    @Test
    void validatesAnAccountFileWithTheSettingsAboveIt() throws IOException {
        write(dir, "value.yaml", "currency: GBP\n");
        write(dir, "accounts/ok.yaml", Plans.BALANCED);
        Path eur = write(dir, "accounts/eur.yaml", Plans.IN_EUR);
        Cli.Run run = validate(eur.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err().lines()).containsExactly(
                "accounts/eur.yaml:4:11: the plan is in EUR but the portfolio is in GBP"
                        + " (set 'currency' in value.yaml, or convert the amounts)",
                "1 problem in 1 file");

        Cli.Run ok = validate(dir.resolve("accounts/ok.yaml").toString());
        assertThat(ok.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(ok.out()).isEqualTo("1 account valid\n");
    }

    @Test
    void findsDuplicateIdsAmongTheFilesGiven() throws IOException {
        Path a = write(dir, "accounts/acme.yaml", "id: acme\n" + Plans.BALANCED);
        Path b = write(dir, "accounts/acme-uk.yaml", "id: acme\n" + Plans.BALANCED);
        Cli.Run run = validate(a.toString(), b.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("accounts/acme-uk.yaml:1:1: account id 'acme' is already used by"
                + " accounts/acme.yaml:1:1; give each account its own 'id'");
    }

    @Test
    void validatesSettingsOnTheirOwn() throws IOException {
        Path settings = write(dir, "value.yaml", "period: fortnight\n");
        Cli.Run run = validate(settings.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("value.yaml:1:9: ").contains("fortnight").endsWith("1 problem in 1 file\n");
    }

    @Test
    void validatesSeveralPathsTogether() throws IOException {
        write(dir, "one/a.yaml", Plans.BALANCED);
        write(dir, "two/b.yaml", Plans.OVER_TIERED);
        Path loose = write(dir, "three/c.yaml", Plans.SPIRAL);
        Cli.Run run = validate(dir.resolve("one").toString(), dir.resolve("two").toString(), loose.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("3 accounts valid\n");
    }

    @Test
    void aMissingPathIsAProblem() {
        Cli.Run run = validate(dir.resolve("nope").toString(), dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err().lines()).containsExactly(
                "nope:1:1: no such file or directory",
                "nope.yaml:1:1: no such file or directory",
                "2 problems in 2 files");
    }

    @Test
    void aFileThatIsNotAPlanIsAProblem() throws IOException {
        Path readme = write(dir, "README.md", "# Plans\n");
        Cli.Run run = validate(readme.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith(
                "README.md:1:1: not a plan; expected a plans directory or a .yaml or .yml account plan\n");
    }

    @Test
    void anEmptyFileIsAProblem() throws IOException {
        write(dir, "a.yaml", "");
        Cli.Run run = validate(dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("a.yaml:1:1: the file is empty; expected a mapping of keys to values\n");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Run run = run("validate", "--strict", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("value validate: Unknown option: '--strict'")
                .contains("Try 'value validate --help' for more information.");
    }
}
