package org.valueexchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.valueexchange.reports.IoFailure;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the user sees when something goes wrong: one line, prefixed with the command, and a
 * named exit code. Never a stack trace.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(prefix(cli) + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        int code;
        if (ex instanceof IOException io) {
            err.println(prefix(cli) + "error: " + describe(io));
            code = ExitCodes.IO_ERROR;
        } else if (ex instanceof UncheckedIOException io) {
            err.println(prefix(cli) + "error: " + describe(io.getCause()));
            code = ExitCodes.IO_ERROR;
        } else {
            err.println(prefix(cli) + internalError(ex));
            code = ExitCodes.INTERNAL_ERROR;
        }
        err.flush();
        return code;
    }

    /** One line about a bug, with the place it happened, for the report. */
    static String internalError(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return "internal error: " + t.getClass().getName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse(""))
                + where + " (a bug in value " + VersionProvider.version() + "; please report it)";
    }

    /** An I/O failure in words: the file, then what is wrong with it. */
    static String describe(IOException e) {
        return IoFailure.describe(e);
    }

    private static String prefix(CommandLine cli) {
        return cli.getCommandSpec().qualifiedName() + ": ";
    }
}
