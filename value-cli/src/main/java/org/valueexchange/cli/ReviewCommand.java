package org.valueexchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.check.ProblemReport;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanLoader;
import org.valueexchange.reports.render.RenderException;
import org.valueexchange.reports.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code value review ACCOUNT.yaml [--format md|html] [-o FILE]}: one account's review. */
@Command(name = "review",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Renders one account's review as Markdown or HTML.",
        description = {
                "Renders the review of the account in ACCOUNT.yaml, with the portfolio it belongs to (the folder"
                        + " of the nearest value.yaml above it), so that portfolio findings such as price parity"
                        + " and tier capacity are in it.",
                "Markdown reads well on a git host; HTML is one self-contained file."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
                ExitCodes.OK_LINE,
                ExitCodes.INVALID_INPUT + ":Plans with problems, a missing file, or a broken template.",
                ExitCodes.IO_ERROR_LINE,
                ExitCodes.INTERNAL_ERROR_LINE,
        },
        footer = {"", "Examples:", "  value review accounts/northwind.yaml",
                "  value review accounts/northwind.yaml --format html -o northwind.html"})
final class ReviewCommand implements Callable<Integer> {

    enum Format { md, html }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ACCOUNT.yaml", description = "The account plan.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the review to FILE instead of standard output.")
    Optional<Path> output = Optional.empty();

    @Mixin
    TemplatesOption templates;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(file)) {
            err.println(file + ":1:1: a folder; review takes one account plan (a .yaml file). To review every"
                    + " account of a plans folder, build the site: value site " + file);
            return ExitCodes.INVALID_INPUT;
        }
        if (!Files.isRegularFile(file)) {
            err.println(file + ":1:1: " + (Files.exists(file) ? "not a regular file; expected an account plan"
                    : "no such file"));
            return ExitCodes.INVALID_INPUT;
        }
        Path settings = PlanLoader.settingsFor(file);
        Path plans = settings.getParent() == null ? Path.of(".") : settings.getParent();
        PlanLoader loader = new PlanLoader();
        LoadResult result = Files.isRegularFile(settings) ? loader.load(plans) : loader.load(settings, List.of(file));
        if (result.loaded().isEmpty()) {
            ProblemReport.report(result.problems(), err);
            return ExitCodes.INVALID_INPUT;
        }
        LoadedPortfolio loaded = result.loaded().get();
        PortfolioReview review = loaded.portfolio().review(asOf.date());
        Path wanted = file.toAbsolutePath().normalize();
        Optional<AccountReview> account = review.accounts().stream()
                .filter(a -> Path.of(loaded.source(a.id()).path()).toAbsolutePath().normalize().equals(wanted))
                .findFirst();
        if (account.isEmpty()) {
            err.println(file + ":1:1: not an account plan of the portfolio in " + plans);
            return ExitCodes.INVALID_INPUT;
        }
        String text;
        try {
            Renderer renderer = templates.renderer();
            AccountReview a = account.get();
            text = format == Format.md
                    ? renderer.accountMarkdown(review, a, loaded.source(a.id()))
                    : renderer.accountHtmlStandalone(review, a, loaded.source(a.id()));
        } catch (RenderException e) {
            err.println("value review: error: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (output.isEmpty()) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Optional<String> refused = OutputFile.refusal(output.get(), List.of(loaded));
        if (refused.isPresent()) {
            err.println("value review: error: " + refused.get());
            return ExitCodes.INVALID_INPUT;
        }
        OutputFile.write(output.get(), text, "the review");
        return ExitCodes.OK;
    }
}
