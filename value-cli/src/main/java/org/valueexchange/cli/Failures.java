package org.valueexchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
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
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String file = fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
            String reason;
            if (e instanceof NoSuchFileException) {
                reason = "no such file or directory";
            } else if (e instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (e instanceof FileAlreadyExistsException) {
                reason = "already exists";
            } else if (e instanceof NotDirectoryException) {
                reason = "not a directory";
            } else if (e instanceof DirectoryNotEmptyException) {
                reason = "directory not empty";
            } else {
                // The operating system's words, e.g. "Not a directory", in the case of ours.
                reason = fs.getReason() == null || fs.getReason().isEmpty() ? e.getClass().getSimpleName()
                        : fs.getReason().substring(0, 1).toLowerCase(Locale.ROOT) + fs.getReason().substring(1);
            }
            return file + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String prefix(CommandLine cli) {
        return cli.getCommandSpec().qualifiedName() + ": ";
    }
}
