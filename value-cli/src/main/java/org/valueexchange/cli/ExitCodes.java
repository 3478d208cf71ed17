package org.valueexchange.cli;

/**
 * The exit codes of every {@code value} command. Scripts and CI pipelines depend on them:
 * add codes, never renumber. {@code docs/cli.md} has the same table.
 */
public final class ExitCodes {

    /** Done; for {@code check}, no alert at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** {@code check} only: an alert at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Plans with problems, a file {@code init} would overwrite, or a usage error. */
    public static final int INVALID_INPUT = 2;
    /** A file or directory could not be read or written. */
    public static final int IO_ERROR = 3;
    /** A bug in value: please report it. */
    public static final int INTERNAL_ERROR = 4;

    // The lines of the "Exit codes:" section of --help; annotations need compile-time constants.
    static final String HEADING = "%nExit codes:%n";
    static final String OK_LINE = OK + ":Success.";
    static final String FINDINGS_LINE = FINDINGS + ":An alert at or above --fail-on.";
    static final String INVALID_INPUT_LINE = INVALID_INPUT + ":Invalid input: plans with problems, or a usage error.";
    static final String INIT_INVALID_INPUT_LINE = INVALID_INPUT
            + ":A file to create already exists, DIR is not a directory, or a usage error.";
    static final String IO_ERROR_LINE = IO_ERROR + ":A file or directory could not be read or written.";
    static final String INTERNAL_ERROR_LINE = INTERNAL_ERROR + ":Internal error (a bug in value: please report it).";

    private ExitCodes() {
    }
}
