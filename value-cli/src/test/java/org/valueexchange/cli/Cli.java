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

    /** The as-of date of every test run, so that no test changes with the calendar. */
    static final String AS_OF = "2026-11-24";

    private static final java.util.Set<String> ANALYSING = java.util.Set.of("check", "review", "site", "serve");

    private Cli() {
    }

    /**
     * {@code args} with {@code --as-of} {@link #AS_OF} added for a command that analyses, unless
     * the test gives an as-of date of its own.
     */
    static String[] withAsOf(String... args) {
        if (args.length == 0 || !ANALYSING.contains(args[0]) || java.util.Arrays.asList(args).contains("--as-of")) {
            return args;
        }
        String[] with = java.util.Arrays.copyOf(args, args.length + 2);
        with[args.length] = "--as-of";
        with[args.length + 1] = AS_OF;
        return with;
    }

    /** Runs {@code value} with {@code args} as given, and {@code --as-of} as {@link #withAsOf} adds it. */
    static Run run(String... args) {
        return runExactly(withAsOf(args));
    }

    /** Runs {@code value} with exactly {@code args}. */
    static Run runExactly(String... args) {
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
