package org.valueexchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.reports.check.CheckFormat;
import org.valueexchange.reports.check.CheckReport;
import org.valueexchange.reports.check.ProblemReport;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.PlanLoader;
import org.valueexchange.reports.plan.PlanPaths;
import org.valueexchange.reports.plan.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code value check [PATH...]}: the CI gate. Loads, reviews, reports, and fails on alerts at or above a severity. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Reviews the plans and fails on alerts at or above --fail-on: the CI gate.",
        description = {
                "Reviews plans and reports every alert; fails when one is at or above --fail-on.",
                "Each PATH is a plans directory, or an account plan reviewed with the nearest value.yaml"
                        + " above it: price parity and tier capacity then see only the plans given.",
                "Invalid plans are reported as 'value validate' reports them (as ::error annotations in"
                        + " the github format)."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
                ExitCodes.OK + ":No alert at or above --fail-on.",
                ExitCodes.FINDINGS_LINE,
                ExitCodes.INVALID_INPUT_LINE,
                ExitCodes.IO_ERROR_LINE,
                ExitCodes.INTERNAL_ERROR_LINE,
        },
        footer = {"", "Examples:", "  value check", "  value check plans --format junit -o target/value-check.xml",
                "  value check accounts/northwind.yaml",
                "  value check . --format github --fail-on warning", "  value check plans --as-of 2026-11-24"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Plans directories or account plans. Default: the current directory.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = Choices.FormatConverter.class, completionCandidates = Choices.FormatIds.class,
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    CheckFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            converter = Choices.SeverityConverter.class, completionCandidates = Choices.SeverityIds.class,
            description = "Fail on alerts at or above: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Severity failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (its folders created) instead of standard output.")
    Optional<Path> output = Optional.empty();

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> given = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        List<LoadResult> results = PlanPaths.load(given);
        Set<Problem> found = new LinkedHashSet<>();
        results.forEach(r -> found.addAll(r.problems()));
        if (!found.isEmpty()) {
            List<Problem> problems = List.copyOf(found);
            if (format == CheckFormat.GITHUB) {
                emit(out -> ProblemReport.annotations(problems, out));
            } else {
                ProblemReport.lines(problems, err);
            }
            err.println(ProblemReport.summary(problems));
            return ExitCodes.INVALID_INPUT;
        }
        if (output.isPresent()) {
            Optional<String> refused = OutputFile.refusal(output.get(),
                    results.stream().map(r -> r.loaded().get()).toList());
            if (refused.isPresent()) {
                err.println("value check: error: " + refused.get());
                return ExitCodes.INVALID_INPUT;
            }
        }
        LocalDate day = asOf.date();
        CheckReport report = CheckReport.combine(
                results.stream().map(r -> CheckReport.of(r.loaded().get(), day)).toList());
        if (report.accounts().isEmpty()) {
            String named = String.join(", ", given.stream().map(Path::toString).toList());
            boolean settingsOnly = given.stream().allMatch(path -> Files.isRegularFile(path)
                    && path.getFileName().toString().equals(PlanLoader.SETTINGS_FILE));
            err.println(settingsOnly
                    ? "value check: note: " + named + " checked as the portfolio's settings; no account plan was"
                            + " named (name the plans folder to check its accounts too)"
                    : "value check: note: no account plans under " + named);
        }
        emit(out -> format.write(report, failOn, out));
        boolean summarised = output.isEmpty() && (format == CheckFormat.TEXT || format == CheckFormat.GITHUB);
        if (!summarised) {
            err.println(report.summary(failOn));
        }
        return report.fails(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private interface Report {
        void writeTo(Writer out) throws IOException;
    }

    /** To standard output, or whole to {@code -o FILE}, so that a failure leaves no half-written report. */
    private void emit(Report report) throws IOException {
        if (output.isEmpty()) {
            report.writeTo(spec.commandLine().getOut());
            return;
        }
        StringWriter text = new StringWriter();
        report.writeTo(text);
        OutputFile.write(output.get(), text.toString(), "the report");
    }
}
