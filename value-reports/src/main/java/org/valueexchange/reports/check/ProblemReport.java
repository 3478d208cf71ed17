package org.valueexchange.reports.check;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.valueexchange.reports.plan.Problem;

/** The problems of plans that did not load, as {@code value validate} and {@code value check} report them. */
public final class ProblemReport {

    private ProblemReport() {
    }

    /** One {@code file:line:column: message} line per problem, as compilers write them. */
    public static void lines(List<Problem> problems, Writer out) throws IOException {
        for (Problem problem : problems) {
            out.write(problem + "\n");
        }
        out.flush();
    }

    /** One GitHub Actions {@code ::error file=...,line=...,col=...::message} command per problem. */
    public static void annotations(List<Problem> problems, Writer out) throws IOException {
        for (Problem problem : problems) {
            out.write(GitHubReport.annotation("error", Optional.of(problem.location()), Optional.empty(),
                    problem.message()));
        }
        out.flush();
    }

    /** Every problem, one a line, then the summary line: what every command prints for invalid plans. */
    public static void report(List<Problem> problems, Writer out) throws IOException {
        lines(problems, out);
        out.write(summary(problems) + "\n");
        out.flush();
    }

    /**
     * E.g. {@code 3 problems in 2 files}: every problem, those a file had too many of to list
     * counted too.
     */
    public static String summary(List<Problem> problems) {
        long files = problems.stream().map(p -> p.location().path()).distinct().count();
        long count = problems.stream().mapToLong(Problem::count).sum();
        return count + (count == 1 ? " problem" : " problems") + " in " + files + (files == 1 ? " file" : " files");
    }

    /** E.g. {@code 12 accounts valid}. */
    public static String valid(int accounts) {
        return accounts + (accounts == 1 ? " account" : " accounts") + " valid";
    }
}
