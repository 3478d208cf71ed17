package org.valueexchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.valueexchange.reports.check.ProblemReport;
import org.valueexchange.reports.render.RenderException;
import org.valueexchange.reports.site.LiveSite;
import org.valueexchange.reports.site.PlanWatcher;
import org.valueexchange.reports.site.Rehearsal;
import org.valueexchange.reports.site.SiteBuilder;
import org.valueexchange.reports.site.SiteException;
import org.valueexchange.reports.site.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code value serve [DIR] [--port N]}: build, serve on localhost, rebuild when a plan changes. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Previews the review site on localhost, rebuilding it when a plan changes.",
        description = {
                "Builds the site, serves it on 127.0.0.1 only, and rebuilds it whenever a plan or value.yaml"
                        + " changes. While the plans have problems, the last good site stays up and the problems"
                        + " are printed. Stop with Ctrl-C."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
                ExitCodes.OK + ":Stopped.",
                ExitCodes.INVALID_INPUT + ":The plans have problems at start, a broken template, or a usage error.",
                ExitCodes.IO_ERROR + ":The port is taken, or the site could not be written.",
                ExitCodes.INTERNAL_ERROR_LINE,
        },
        footer = {"", "Example:", "  value serve examples --port 8000"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
            description = "The plans directory. Default: the current directory.")
    Path dir;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8000",
            description = "The port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to build the site. Default: a new temporary folder.")
    Optional<Path> output = Optional.empty();

    @Mixin
    TemplatesOption templates;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': " + port + " is not a port: use 1 to 65535, or 0 for a free one");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path site = output.isPresent() ? output.get() : Files.createTempDirectory("value-serve-");
        if (output.isPresent()) {
            return serve(site, out, err);
        }
        // The temporary site is ours: remove it when serving ends, by interrupt or by Ctrl-C.
        Thread cleanUp = new Thread(() -> removeQuietly(site), "value-serve-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            return serve(site, out, err);
        } finally {
            removeQuietly(site);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to: it removes the site itself.
            }
        }
    }

    private static void removeQuietly(Path site) {
        try {
            SiteBuilder.removeOwnSite(site);
            Files.deleteIfExists(site);
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    private int serve(Path site, PrintWriter out, PrintWriter err) throws IOException {
        LiveSite live;
        try {
            live = new LiveSite(templates.renderer(), asOf::date, dir, site);
        } catch (RenderException e) {
            err.println("value serve: error: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        // Watching from before the first build: a plan edited while it reads them is seen after.
        try (PlanWatcher watcher = new PlanWatcher(dir, site)) {
            OptionalInt failed = update(live, err, Optional.empty());
            if (failed.isPresent()) {
                return failed.getAsInt();
            }
            // Plans edited while the first build read them: looked for now, rather than at the
            // first edit after (the first update after a build looks at every plan).
            update(live, err, Optional.of(PlanWatcher.Changes.ALL));
            // Edits rehearsed while nothing changes, until the compiler has settled: the first
            // real edits then run compiled code, and serving need not wait for it.
            Rehearsal rehearsal = Rehearsal.of(live);
            try (SiteServer server = SiteServer.start(site, port)) {
                out.println("Serving " + server.uri() + " from " + site + " (Ctrl-C to stop)");
                out.flush();
                while (true) {
                    Optional<PlanWatcher.Changes> changes = rehearsal.wanted() ? watcher.pollChange()
                            : Optional.of(watcher.awaitChange());
                    if (changes.isEmpty()) {
                        rehearse(rehearsal, err);
                        continue;
                    }
                    long start = System.nanoTime();
                    if (update(live, err, changes).isEmpty()) {
                        out.println("rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms"
                                + (lastUpdate.isEmpty() ? "" : ": " + lastUpdate));
                        out.flush();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (java.net.BindException e) {
            err.println("value serve: error: port " + port + " is in use; choose another with --port");
            return ExitCodes.IO_ERROR;
        }
    }

    /** One more round of {@code rehearsal}; one that fails ends it, with a warning. */
    private static void rehearse(Rehearsal rehearsal, PrintWriter err) {
        try {
            rehearsal.round();
        } catch (RenderException | IOException | RuntimeException e) {
            // Only the first edits' speed is at stake: the site is built and served.
            err.println("value serve: warning: while rehearsing edits: " + e.getMessage());
            err.flush();
        }
    }

    /** What the last update wrote, in words. */
    private String lastUpdate = "";

    /**
     * Builds the site at the start (no changes given), then updates the pages that changed: empty when it did,
     * else the exit code to stop with at start.
     */
    private OptionalInt update(LiveSite live, PrintWriter err, Optional<PlanWatcher.Changes> changes) {
        boolean atStart = changes.isEmpty();
        try {
            LiveSite.Update update = atStart ? live.build() : live.update(changes.get());
            if (!update.ok()) {
                ProblemReport.report(update.problems(), err);
                if (!atStart) {
                    err.println("still serving the last good site");
                }
                err.flush();
                return OptionalInt.of(ExitCodes.INVALID_INPUT);
            }
            int pages = update.written().size();
            lastUpdate = atStart ? "" : pages + " page" + (pages == 1 ? "" : "s") + " written"
                    + (update.removed().isEmpty() ? "" : ", " + update.removed().size() + " removed");
            return OptionalInt.empty();
        } catch (RenderException e) {
            err.println("value serve: error: " + e.getMessage());
            err.flush();
            return OptionalInt.of(ExitCodes.INVALID_INPUT);
        } catch (SiteException e) {
            err.println("value serve: error: " + e.getMessage());
            err.flush();
            return OptionalInt.of(e.refused() ? ExitCodes.INVALID_INPUT : ExitCodes.IO_ERROR);
        } catch (IOException | java.io.UncheckedIOException e) {
            // A plan or page that could not be read or written (a file gone mid-way, a full
            // disk): say so and, once serving, keep serving; the next change tries again.
            err.println("value serve: error: " + Failures.describe(
                    e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e));
            if (!atStart) {
                err.println("still serving the last good site");
            }
            err.flush();
            return OptionalInt.of(ExitCodes.IO_ERROR);
        } catch (RuntimeException bug) {
            if (atStart) {
                throw bug;
            }
            // A bug met by one rebuild must not take the preview down with it: say so, as the
            // command line says of a bug, and keep serving; the next change tries again.
            err.println("value serve: internal error: " + bug + " (a bug in value: please report it, with the plans"
                    + " that cause it if you can)");
            err.println("still serving the last good site");
            err.flush();
            return OptionalInt.of(ExitCodes.INTERNAL_ERROR);
        }
    }
}
