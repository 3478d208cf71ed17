package org.valueexchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code value} in this JVM, as {@link Main} does, with its output captured. */
final class Cli {

    /** What a run did: its exit code and everything it printed. */
    record Run(int exitCode, String out, String err) {

        /** The output with {@code dir}'s absolute path taken out, so paths read as in the plans directory. */
        Run relativeTo(Path dir) {
            String prefix = dir.normalize().toString().replace('\\', '/') + "/";
            return new Run(exitCode, out.replace(prefix, ""), err.replace(prefix, ""));
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ValueCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
