package org.valueexchange.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.valueexchange.reports.check.ProblemReport;
import org.valueexchange.reports.render.RenderException;
import org.valueexchange.reports.render.Renderer;
import org.valueexchange.reports.site.SiteBuilder;
import org.valueexchange.reports.site.SiteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code value site [DIR] [-o OUT] [--templates DIR]}: the static review site. */
@Command(name = "site",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Builds the static account-review site.",
        description = {
                "Builds the portfolio's review site: index.html, a page per account, charts, one stylesheet.",
                "The site is built beside OUT and renamed into place; OUT must be new, empty, or a site this"
                        + " command wrote (it carries a .value-site file). Nothing else is ever replaced, and"
                        + " files added to the site (a CNAME) are kept."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
                ExitCodes.OK_LINE,
                ExitCodes.INVALID_INPUT + ":Plans with problems, a broken template, or an OUT that may not be"
                        + " replaced.",
                ExitCodes.IO_ERROR_LINE,
                ExitCodes.INTERNAL_ERROR_LINE,
        },
        footer = {"", "Examples:", "  value site examples -o target/site", "  value site . -o public --templates my-templates"})
final class SiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
            description = "The plans directory. Default: the current directory.")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "public",
            description = "Where to write the site. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Mixin
    TemplatesOption templates;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Renderer renderer = templates.renderer();
            ProgressBar bar = ProgressBar.forTerminal(err);
            SiteBuilder.Outcome outcome = new SiteBuilder(renderer).build(dir, asOf.date(), output, bar);
            bar.done();
            if (outcome.site().isEmpty()) {
                ProblemReport.report(outcome.problems(), err);
                return ExitCodes.INVALID_INPUT;
            }
            SiteBuilder.Result site = outcome.site().get();
            spec.commandLine().getOut().println("value site: " + site.accounts() + " account"
                    + (site.accounts() == 1 ? "" : "s") + ", " + site.files() + " files in " + output);
            return ExitCodes.OK;
        } catch (RenderException e) {
            err.println("value site: error: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (SiteException e) {
            err.println("value site: error: " + e.getMessage());
            return e.refused() ? ExitCodes.INVALID_INPUT : ExitCodes.IO_ERROR;
        }
    }
}
