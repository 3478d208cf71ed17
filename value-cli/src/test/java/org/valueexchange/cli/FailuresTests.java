package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Whatever goes wrong, the user reads one line and gets a named exit code; never a stack trace. */
class FailuresTests {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Exception failure;

        Boom(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static Cli.Run boom(Exception failure) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ValueCommand.commandLine();
        cli.addSubcommand(new CommandLine(new Boom(failure)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Cli.Run(cli.execute("boom"), out.toString(), err.toString());
    }

    @Test
    void aBugIsOneLineAndExitCodeFour() {
        Cli.Run run = boom(new IllegalStateException("the ledger is upside down\nsecond line"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).hasLineCount(1).startsWith("value boom: internal error: java.lang.IllegalStateException:"
                + " the ledger is upside down at ").contains("please report it");
    }

    @Test
    void anIoFailureIsOneLineAndExitCodeThree() {
        Cli.Run run = boom(new AccessDeniedException("plans/value.yaml"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).isEqualTo("value boom: error: plans/value.yaml: permission denied\n");
        Cli.Run unchecked = boom(new UncheckedIOException(new NoSuchFileException("gone.yaml")));
        assertThat(unchecked.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(unchecked.err()).isEqualTo("value boom: error: gone.yaml: no such file or directory\n");
    }

    @Test
    void describesIoFailuresInWords() {
        assertThat(Failures.describe(new FileSystemException("a", null, "Read-only file system")))
                .isEqualTo("a: read-only file system");
        assertThat(Failures.describe(new IOException("Stream closed"))).isEqualTo("Stream closed");
        assertThat(Failures.describe(new IOException())).isEqualTo("IOException");
    }
}
