package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.cli.Cli.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ValueCommandTests {

    @Test
    void printsTheVersionMavenBuilt() {
        Cli.Run run = run("--version");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).matches("(?s)value \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*");
        assertThat(VersionProvider.version()).isNotEqualTo(VersionProvider.UNKNOWN);
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Cli.Run run = run("--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: value [-hV] [COMMAND]")
                .containsPattern("\n  init +Scaffolds")
                .containsPattern("\n  validate +Validates")
                .containsPattern("\n  check +Reviews")
                .containsPattern("\n  generate-completion +Prints a bash/zsh completion script")
                .contains("Exit codes:\n  0   Success.\n  1   An alert at or above --fail-on.\n"
                        + "  2   Invalid input: plans with problems, or a usage error.\n"
                        + "  3   A file or directory could not be read or written.\n"
                        + "  4   Internal error (a bug in value: please report it).\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "validate", "check"})
    void everyCommandHasHelpWithItsExitCodes(String command) {
        Cli.Run run = run(command, "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: value " + command + " [-hV]").contains("Exit codes:\n  0   ");
        assertThat(run("help", command).out()).isEqualTo(run.out());
    }

    @Test
    void runsOnAPlainPicocliCommandLineToo(@TempDir Path dir) throws IOException {
        Cli.write(dir, "a.yaml", Plans.BALANCED);
        StringWriter out = new StringWriter();
        int code = new CommandLine(new ValueCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(new StringWriter(), true)).execute("validate", dir.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("1 account valid\n");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = run();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("value: a command is needed\nUsage: value");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Run run = run("chek");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("""
                value: Unmatched argument at index 0: 'chek'
                Did you mean: value check or value help?
                Try 'value --help' for more information.
                """);
    }

    @Test
    void generatesAShellCompletionScript() {
        Cli.Run run = run("generate-completion");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("complete -F _complete_value")
                .contains("init").contains("validate").contains("check")
                .contains("(\"text\" \"json\" \"junit\" \"github\")")
                .contains("(\"info\" \"warning\" \"error\")");
    }

    @Test
    void theExitCodesAreDistinctAndDocumented() throws IOException {
        List<Integer> codes = List.of(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.INVALID_INPUT, ExitCodes.IO_ERROR,
                ExitCodes.INTERNAL_ERROR);
        assertThat(codes).containsExactly(0, 1, 2, 3, 4);
        Path docs = Path.of("../docs/cli.md");
        assertThat(docs).as("docs/cli.md, which documents the exit codes").exists();
        String text = Files.readString(docs);
        for (int code : codes) {
            assertThat(text).containsPattern("\n\\| `" + code + "` \\| ");
        }
    }
}
