package org.valueexchange.reports.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.valueexchange.core.portfolio.AccountAnalysis;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.AccountSummary;
import org.valueexchange.core.portfolio.PortfolioOverview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.IoFailure;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanCodec;
import org.valueexchange.reports.plan.PlanLoader;
import org.valueexchange.reports.plan.PlanSource;
import org.valueexchange.reports.plan.Problem;
import org.valueexchange.reports.render.Locator;
import org.valueexchange.reports.render.RenderException;
import org.valueexchange.reports.render.Renderer;

/**
 * Builds the static review site: {@code index.html} with the whole portfolio, a page per
 * sort order of the account table, {@code accounts/ID.html} per account and
 * {@code style.css}. Links are relative, so the site works from disk and under any path.
 *
 * <p>A plans folder is built in two passes, so that memory grows with the number of accounts
 * only by their summaries: the first reads and analyses every plan, keeps its summary, and
 * writes the plan as read to a temporary spill file ({@link PlanCodec}); the portfolio-wide
 * rules then run on the summaries, and the index is written; the second pass takes each plan
 * back from the spill file, analyses it, and renders and writes its page. The site is of one
 * reading of each plan, whatever changes under the build. Both passes run on every core; each
 * file's bytes depend only on its account and the overview, so the site is the same whatever
 * the order or the number of threads.
 */
public final class SiteBuilder {

    private final Renderer renderer;
    private final int threads;

    public SiteBuilder(Renderer renderer) {
        this(renderer, 0);
    }

    private SiteBuilder(Renderer renderer, int threads) {
        this.renderer = renderer;
        this.threads = threads;
    }

    /** The same builder on {@code threads} threads, rather than on every core. */
    public SiteBuilder withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return new SiteBuilder(renderer, threads);
    }

    /** What was built. */
    public record Result(Path output, int accounts, int files) {
    }

    /**
     * The outcome of building from a plans folder: the site, or the problems in the plans that
     * stopped it (then nothing was written).
     */
    public record Outcome(List<Problem> problems, Optional<Result> site) {

        public Outcome {
            problems = List.copyOf(problems);
            if (problems.isEmpty() == site.isEmpty()) {
                throw new IllegalArgumentException("an outcome has either problems or a site");
            }
        }
    }

    /**
     * Told as account pages are written, for a progress display: once a page is on disk, one
     * call at a time, counting up. It is called in the turn of whichever thread writes the
     * files, so it must be quick: while it runs, no file is written.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void accountsWritten(int done, int total);
    }

    /**
     * Builds the site of the plans folder {@code plans}, reviewed as of {@code asOf}, into
     * {@code output}, replacing the site there if one of ours is, streaming accounts (see the
     * class comment).
     *
     * @throws SiteException   the output folder may not be written, writing failed, or the
     *                         build's temporary file could not be written or read
     * @throws RenderException a template is broken; the previous site is left as it was
     */
    public Outcome build(Path plans, LocalDate asOf, Path output, Progress progress)
            throws SiteException, RenderException {
        return inPool(() -> {
            try (Spill spill = Spill.create()) {
                return build(plans, asOf, output, progress, spill);
            }
        });
    }

    /** A failure to write the spill, carried out of the first pass's parallel stream. */
    private static final class SpillFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SpillFailure(IOException cause) {
            super(cause);
        }

        IOException io() {
            return (IOException) getCause();
        }
    }

    /** What the first pass keeps of an account: its summary, and where its plan is spilled. */
    private record Kept(AccountSummary summary, Spill.Ref plan) {
    }

    private Outcome build(Path plans, LocalDate asOf, Path output, Progress progress, Spill spill)
            throws SiteException, RenderException {
        PlanLoader loader = new PlanLoader();
        // Summaries keep their findings cited (with the lines they quote), for the index.
        PlanLoader.Scan<Kept> scan;
        try {
            scan = loader.scan(plans, (loaded, settings) -> {
                AccountSummary summary = AccountAnalysis.analyse(loaded.account(), settings, asOf).summary()
                        .cited(loaded.source()::lineOf);
                try {
                    return new Kept(summary, spill.put(PlanCodec.encode(loaded)));
                } catch (IOException e) {
                    throw new SpillFailure(e);
                }
            });
        } catch (SpillFailure e) {
            throw new SiteException("cannot write the build's temporary file: " + IoFailure.describe(e.io()), e.io());
        }
        if (!scan.ok()) {
            return new Outcome(scan.problems(), Optional.empty());
        }
        PortfolioOverview overview = PortfolioOverview.of(scan.settings(), asOf,
                scan.plans().stream().map(plan -> plan.kept().summary()).toList());
        OutputDir dir = OutputDir.checked(output, Optional.of(plans));
        // The index lists a few hundred findings at most, with where each is written: the plans
        // of their accounts are taken back from the spill for it, the others are not.
        Set<String> listed = new HashSet<>();
        renderer.indexFindings(overview).forEach(alert -> alert.account().ifPresent(listed::add));
        Map<String, PlanSource> sources = new HashMap<>();
        for (PlanLoader.Scanned<Kept> plan : scan.plans()) {
            if (listed.contains(plan.id())) {
                sources.put(plan.id(), unspilled(spill, plan).source());
            }
        }
        Locator locator = Locator.of(id -> Optional.ofNullable(sources.get(id)), scan.settingsSource());
        Result result = write(dir, overview, locator, scan.plans(), progress, plan -> {
            // The plan as the first pass read it: the whole site is of one reading of the plans.
            PlanLoader.LoadedAccount loaded = unspilled(spill, plan);
            AccountReview review = AccountAnalysis.analyse(loaded.account(), scan.settings(), asOf);
            return renderer.accountHtml(overview, review, loaded.source());
        });
        return new Outcome(List.of(), Optional.of(result));
    }

    /** The plan as the first pass read it and spilled it. */
    private static PlanLoader.LoadedAccount unspilled(Spill spill, PlanLoader.Scanned<Kept> plan) throws SiteException {
        try {
            return PlanCodec.decode(spill.get(plan.kept().plan()));
        } catch (IOException e) {
            throw new SiteException("cannot read the build's temporary file: " + IoFailure.describe(e), e);
        }
    }

    /**
     * Builds the site of {@code loaded}, reviewed as of {@code asOf}, into {@code output},
     * replacing the site there if one of ours is; {@code plans} is the plans folder, which the
     * site may not overwrite.
     *
     * @throws SiteException   the output folder may not be written, or writing failed
     * @throws RenderException a template is broken; the previous site is left as it was
     */
    public Result build(LoadedPortfolio loaded, LocalDate asOf, Path output, Optional<Path> plans)
            throws SiteException, RenderException {
        return build(loaded, asOf, output, plans, Progress.NONE);
    }

    /**
     * As {@link #build(LoadedPortfolio, LocalDate, Path, Optional)}, telling {@code progress} as
     * pages are written.
     */
    public Result build(LoadedPortfolio loaded, LocalDate asOf, Path output, Optional<Path> plans, Progress progress)
            throws SiteException, RenderException {
        return inPool(() -> {
            OutputDir dir = OutputDir.checked(output, plans);
            PortfolioReview review = loaded.portfolio().review(asOf);
            PortfolioOverview overview = cited(review, loaded::source);
            Locator locator = Locator.of(id -> Optional.of(loaded.source(id)), loaded.settings());
            return write(dir, overview, locator, review.accounts(), progress,
                    account -> renderer.accountHtml(overview, account, loaded.source(account.id())));
        });
    }

    /**
     * Builds the site of accounts already analysed, for a preview that keeps them:
     * {@code reviews} and their {@code sources} in the order of {@code overview}'s accounts;
     * {@code locator} finds the index's findings in them.
     */
    Result buildReviewed(PortfolioOverview overview, List<AccountReview> reviews, List<PlanSource> sources,
                         Locator locator, Path output, Optional<Path> plans) throws SiteException, RenderException {
        return inPool(() -> write(OutputDir.checked(output, plans), overview, locator,
                java.util.stream.IntStream.range(0, reviews.size()).boxed().toList(), Progress.NONE,
                i -> renderer.accountHtml(overview, reviews.get(i), sources.get(i))));
    }

    /**
     * The overview of {@code review} with every account's findings cited, as the index shows
     * them: the same as a streaming build's.
     */
    static PortfolioOverview cited(PortfolioReview review, java.util.function.Function<String, PlanSource> sources) {
        return PortfolioOverview.of(review.settings(), review.asOf(), review.accounts().stream()
                .map(a -> a.summary().cited(sources.apply(a.id())::lineOf)).toList());
    }

    /** The site's stylesheet, and its folder of account pages. */
    static final String STYLESHEET = "style.css";
    static final String ACCOUNTS = "accounts";

    /**
     * What a build writes besides its mark, as its mark lists it: the stylesheet, the index
     * pages {@code indexPages}, the folder of account pages (its name ending in {@code /}) and
     * the page of each account of {@code ids}.
     */
    static List<String> files(List<String> indexPages, Collection<String> ids) {
        List<String> files = new ArrayList<>(indexPages.size() + ids.size() + 2);
        files.add(STYLESHEET);
        files.addAll(indexPages);
        files.add(ACCOUNTS + "/");
        ids.forEach(id -> files.add(ACCOUNTS + "/" + id + ".html"));
        return files;
    }

    /** Renders one account's page. */
    private interface Page<T> {
        String html(T account) throws IOException, RenderException, SiteException;
    }

    private <T> Result write(OutputDir dir, PortfolioOverview overview, Locator locator, List<T> accounts,
                             Progress progress, Page<T> page) throws SiteException, RenderException {
        List<AccountSummary> summaries = overview.accounts();
        List<String> indexPages = renderer.indexPageNames();
        Path staging = dir.staging(files(indexPages, summaries.stream().map(AccountSummary::id).toList()));
        try {
            write(staging.resolve(STYLESHEET), renderer.stylesheet());
            Path folder = Files.createDirectories(staging.resolve(ACCOUNTS));
            int total = accounts.size();
            AtomicInteger done = new AtomicInteger();
            Runnable noted = () -> { };
            Runnable accountWritten = () -> progress.accountsWritten(done.incrementAndGet(), total);
            // The index pages (large, from the overview alone) and the account pages are one set
            // of independent jobs, so that both cores stay busy to the end: the index first.
            // Every core renders; the files are created and written one at a time (SerialWriter).
            SerialWriter writer = new SerialWriter();
            try {
                Parallel.forEach(java.util.stream.IntStream.range(-indexPages.size(), total).boxed().toList(), i -> {
                    writer.checkOk();
                    if (i < 0) {
                        String name = indexPages.get(i + indexPages.size());
                        writer.write(staging.resolve(name), utf8(renderer.indexPage(overview, name, locator)), noted);
                        return;
                    }
                    writer.write(folder.resolve(summaries.get(i).id() + ".html"), utf8(page.html(accounts.get(i))),
                            accountWritten);
                });
            } catch (Throwable failed) {
                // No write may still be under way when the staging folder is discarded.
                finishAfter(writer, failed);
                throw failed;
            }
            writer.finish();
            // The mark, the stylesheet, the index pages and the account pages.
            int files = 2 + indexPages.size() + total;
            dir.publish(staging);
            return new Result(dir.target(), total, files);
        } catch (RenderException | SiteException e) {
            dir.discard(staging);
            throw e;
        } catch (IOException e) {
            dir.discard(staging);
            throw new SiteException("cannot write the site: " + IoFailure.describe(e), e);
        } catch (RuntimeException | Error e) {
            // Whatever ends the build, the hidden staging folder goes with it.
            dir.discard(staging);
            throw e;
        }
    }

    /**
     * A build's failure, carried out of a pool as a value: {@code ForkJoinTask.get()} would wrap
     * it, and give an unchecked one back as a copy made by reflection rather than as itself.
     */
    private record Failed(Throwable failure) {
    }

    /**
     * Runs {@code build} with its parallel steps on this builder's threads: a pool of its own
     * when a number was given (parallel streams run in the pool of the task that starts them),
     * else the common pool of every core.
     */
    private <T> T inPool(Build<T> build) throws SiteException, RenderException {
        if (threads == 0) {
            return build.run();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        Object outcome;
        try {
            outcome = pool.submit(() -> {
                try {
                    return (Object) build.run();
                } catch (SiteException | RenderException | RuntimeException | Error e) {
                    return new Failed(e);
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteException("the build was interrupted", e);
        } catch (ExecutionException e) {
            // Not reached: the task returns its failures as values.
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        if (outcome instanceof Failed failed) {
            Throwable failure = failed.failure();
            if (failure instanceof SiteException e) {
                throw e;
            }
            if (failure instanceof RenderException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome;
        return result;
    }

    private interface Build<T> {
        T run() throws SiteException, RenderException;
    }

    /**
     * Deletes a site this tool wrote (its folder carries the mark); anything else is left alone.
     * For a preview's temporary site, when the preview ends.
     */
    public static void removeOwnSite(Path site) throws IOException {
        OutputDir.deleteOurs(site);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Waits for {@code writer} after {@code failed}, which stays the failure told. */
    private static void finishAfter(SerialWriter writer, Throwable failed) {
        try {
            writer.finish();
        } catch (IOException | RuntimeException | Error also) {
            if (also != failed) {
                failed.addSuppressed(also);
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
