package org.valueexchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.valueexchange.reports.check.ProblemReport;
import org.valueexchange.reports.check.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code value validate [PATH...]}: are the plans well-formed? */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Validates account plans and settings.",
        description = {
                "Validates account plans: prints every problem as file:line:column: message, then a summary.",
                "Each PATH is a plans directory (value.yaml and every .yaml below it), an account plan"
                        + " (validated with the nearest value.yaml above it) or a value.yaml."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
                ExitCodes.OK_LINE,
                ExitCodes.INVALID_INPUT_LINE,
                ExitCodes.INTERNAL_ERROR_LINE,
        },
        footer = {"", "Example:", "  value validate accounts/northwind.yaml"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Plans directories or plan files. Default: the current directory.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Validation validation = Validation.of(paths.isEmpty() ? List.of(Path.of(".")) : paths);
        if (!validation.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            ProblemReport.report(validation.problems(), err);
            return ExitCodes.INVALID_INPUT;
        }
        spec.commandLine().getOut().println(ProblemReport.valid(validation.accounts()));
        return ExitCodes.OK;
    }
}
