package org.valueexchange.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point of {@code value-cli.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // UTF-8 whatever the locale: JSON must be, and messages contain '±' and currency signs.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        try {
            CommandLine cli = ValueCommand.commandLine();
            cli.setOut(out);
            cli.setErr(err);
            int code = cli.execute(args);
            // A PrintWriter keeps its write errors to itself: a report that did not reach
            // standard output (a full disk, a closed pipe) must not pass for one that did.
            if (out.checkError()) {
                err.println("value: error: cannot write to standard output; the output is incomplete");
                return ExitCodes.IO_ERROR;
            }
            return code;
        } catch (Throwable t) {
            // Errors (stack overflow, out of memory) pass picocli's handlers; they end here, in one line.
            err.println("value: " + Failures.internalError(t));
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
