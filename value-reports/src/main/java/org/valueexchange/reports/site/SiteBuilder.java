package org.valueexchange.reports.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.render.RenderException;
import org.valueexchange.reports.render.Renderer;

/**
 * Builds the static review site: {@code index.html} with the whole portfolio, a page per
 * sort order of the account table, {@code accounts/ID.html} per account and
 * {@code style.css}. Links are relative, so the site works from disk and under any path.
 */
public final class SiteBuilder {

    private final Renderer renderer;

    public SiteBuilder(Renderer renderer) {
        this.renderer = renderer;
    }

    /** What was built. */
    public record Result(Path output, int accounts, int files) {
    }

    /** Told as account pages are written, for a progress display. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void accountsWritten(int done, int total);
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
        OutputDir dir = OutputDir.checked(output, plans);
        PortfolioReview review = loaded.portfolio().review(asOf);
        Path staging = dir.staging();
        try {
            int files = 1;
            write(staging.resolve("style.css"), renderer.stylesheet());
            files++;
            for (Map.Entry<String, String> page : renderer.indexPages(review).entrySet()) {
                write(staging.resolve(page.getKey()), page.getValue());
                files++;
            }
            Path accounts = Files.createDirectories(staging.resolve("accounts"));
            int total = review.accounts().size();
            AtomicInteger done = new AtomicInteger();
            // Pages are independent: render and write them on every core. Each file's bytes depend
            // only on its account and the portfolio, so the site is the same whatever the order.
            Parallel.forEach(review.accounts(), account -> {
                write(accounts.resolve(account.id() + ".html"),
                        renderer.accountHtml(review, account, loaded.source(account.id())));
                progress.accountsWritten(done.incrementAndGet(), total);
            });
            files += total;
            dir.publish(staging);
            return new Result(dir.target(), review.accounts().size(), files);
        } catch (RenderException e) {
            dir.discard(staging);
            throw e;
        } catch (IOException e) {
            dir.discard(staging);
            throw new SiteException("cannot write the site: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            // Whatever ends the build, the hidden staging folder goes with it.
            dir.discard(staging);
            throw e;
        }
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
}
