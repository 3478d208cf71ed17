package org.valueexchange.reports.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.parity.SegmentParity;
import org.valueexchange.core.portfolio.AccountAnalysis;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.AccountSummary;
import org.valueexchange.core.portfolio.PortfolioOverview;
import org.valueexchange.core.portfolio.Settings;
import org.valueexchange.core.tier.TierOccupancy;
import org.valueexchange.reports.plan.Location;
import org.valueexchange.reports.plan.PlanLoader;
import org.valueexchange.reports.plan.PlanSource;
import org.valueexchange.reports.plan.Problem;
import org.valueexchange.reports.render.Locator;
import org.valueexchange.reports.render.RenderException;
import org.valueexchange.reports.render.Renderer;

/**
 * A site kept up to date while plans are edited, for a preview: after a change, only the
 * plans that changed are read again, and only the pages whose content changed are rendered
 * and written (each file replaced atomically, so a page is never served half-written).
 *
 * <p>An account's page shows the account and, of the rest of the portfolio, only its
 * findings about the account, its tier's occupancy and its segment's parity; a page is
 * rendered again when its account or one of those changed. The index pages are rendered
 * again when any summary or finding changed. The result is always the site a full build of
 * the same plans gives (a test holds it to that). A change to {@code value.yaml}, or of the
 * as-of date, rebuilds everything. Keeps every account in memory, which suits a preview. Not thread-safe.
 */
public final class LiveSite {

    private final Renderer renderer;
    private final java.util.function.Supplier<java.time.LocalDate> asOf;
    private final Path plans;
    private final Path output;
    private final PlanLoader loader = new PlanLoader();

    /** What is known of each plan file, in path order; empty until the first good build. */
    private Map<Path, Known> known = new LinkedHashMap<>();
    private Optional<FileStamp> settingsStamp = Optional.empty();
    /** value.yaml as last read, with where its settings are written: the index's findings point there. */
    private Optional<PlanSource> settingsSource = Optional.empty();
    private Optional<PortfolioOverview> overview = Optional.empty();

    /**
     * @param asOf the day to judge findings that depend on time on, asked at every build and
     *             update (a preview left running overnight moves on to the next day)
     */
    public LiveSite(Renderer renderer, java.util.function.Supplier<java.time.LocalDate> asOf, Path plans,
                    Path output) {
        this.renderer = renderer;
        this.asOf = asOf;
        this.plans = plans;
        this.output = output;
    }

    /** What an update did: the problems that stopped it, or the pages it wrote and removed. */
    public record Update(List<Problem> problems, List<String> written, List<String> removed) {

        public Update {
            problems = List.copyOf(problems);
            written = List.copyOf(written);
            removed = List.copyOf(removed);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A plan file as last read: when it was changed, and what it gave. */
    private record Known(FileStamp stamp, AccountReview review, AccountSummary summary, PlanSource source,
                         Context context) {
    }

    private static final long RACY_MILLIS = 2_000;

    /** Enough of a file's attributes to tell that it changed. */
    private record FileStamp(FileTime modified, long size, Object key) {

        /**
         * Whether the file is read so soon after it was changed that a second change within
         * the file system's clock tick (up to 2 s on some) could keep the same time and size:
         * such a file is read again at the next update, as git does with "racy" entries.
         */
        boolean racy() {
            return System.currentTimeMillis() - modified.toMillis() < RACY_MILLIS;
        }

        static Optional<FileStamp> of(Path file) throws IOException {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new FileStamp(a.lastModifiedTime(), a.size(), a.fileKey()));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * All that an account's page shows of the rest of the portfolio (see Views.account): its
     * findings, its tier's occupancy, its segment's parity; equal contexts give equal pages.
     */
    private record Context(Settings settings, List<Alert> alerts, Optional<TierShown> tier,
                           Optional<ParityShown> parity) {
    }

    /** What a page shows of its tier: how full it is, and whether the account is kept. */
    private record TierShown(int count, java.util.OptionalInt capacity, boolean over, boolean kept) {
    }

    /** What a page shows of its segment's parity. */
    private record ParityShown(int accounts, Optional<java.math.BigDecimal> median) {
    }

    /** The contexts of a portfolio's pages, with tiers and segments looked up once, not once a page. */
    private static final class Contexts {
        private final PortfolioOverview overview;
        private final Map<String, TierOccupancy> tiers = new HashMap<>();
        private final Map<String, Set<String>> kept = new HashMap<>();
        private final Map<String, SegmentParity> segments = new HashMap<>();
        /** Against the last overview: the tiers and segments whose findings moved, and the accounts the rules' findings about moved. */
        private final Set<String> movedTiers = new java.util.HashSet<>();
        private final Set<String> movedSegments = new java.util.HashSet<>();
        private final Set<String> movedFindings = new java.util.HashSet<>();

        Contexts(PortfolioOverview overview, PortfolioOverview last) {
            this.overview = overview;
            for (TierOccupancy t : overview.findings().tiers()) {
                tiers.putIfAbsent(t.tier().id(), t);
                kept.putIfAbsent(t.tier().id(), Set.copyOf(t.kept()));
            }
            for (SegmentParity p : overview.findings().parity()) {
                segments.putIfAbsent(p.segment(), p);
            }
            if (last == overview) {
                return;
            }
            Map<String, TierOccupancy> lastTiers = new HashMap<>();
            last.findings().tiers().forEach(t -> lastTiers.putIfAbsent(t.tier().id(), t));
            tiers.forEach((id, t) -> {
                if (!t.equals(lastTiers.get(id))) {
                    movedTiers.add(id);
                }
            });
            lastTiers.keySet().stream().filter(id -> !tiers.containsKey(id)).forEach(movedTiers::add);
            Map<String, SegmentParity> lastSegments = new HashMap<>();
            last.findings().parity().forEach(p -> lastSegments.putIfAbsent(p.segment(), p));
            segments.forEach((segment, p) -> {
                if (!p.equals(lastSegments.get(segment))) {
                    movedSegments.add(segment);
                }
            });
            lastSegments.keySet().stream().filter(segment -> !segments.containsKey(segment)).forEach(movedSegments::add);
            Map<String, List<Alert>> now = aboutAccounts(overview);
            Map<String, List<Alert>> before = aboutAccounts(last);
            now.forEach((id, alerts) -> {
                if (!alerts.equals(before.get(id))) {
                    movedFindings.add(id);
                }
            });
            before.keySet().stream().filter(id -> !now.containsKey(id)).forEach(movedFindings::add);
        }

        /** The portfolio rules' findings about each account, in their order. */
        private static Map<String, List<Alert>> aboutAccounts(PortfolioOverview overview) {
            Map<String, List<Alert>> about = new HashMap<>();
            for (Alert alert : overview.findings().alerts()) {
                alert.account().ifPresent(id -> about.computeIfAbsent(id, k -> new ArrayList<>()).add(alert));
            }
            return about;
        }

        /**
         * Whether the context of an account whose summary is the last overview's may have moved:
         * a page's context is its findings (its summary's own, and the rules' about it), its
         * tier's occupancy and its segment's parity; if none of those moved, neither did it.
         */
        boolean mayHaveMoved(AccountSummary account) {
            return account.declaredTier().map(movedTiers::contains).orElse(false)
                    || movedSegments.contains(account.segment()) || movedFindings.contains(account.id());
        }

        Context of(AccountSummary account) {
            Optional<TierShown> tier = account.declaredTier().map(tiers::get).map(t -> new TierShown(t.count(),
                    t.tier().capacity(), t.overCapacity(), kept.get(t.tier().id()).contains(account.id())));
            Optional<ParityShown> parity = Optional.ofNullable(segments.get(account.segment()))
                    .map(p -> new ParityShown(p.accounts(), p.median()));
            return new Context(overview.settings(), overview.alertsFor(account.id()), tier, parity);
        }
    }

    /**
     * Builds the whole site, as {@link SiteBuilder} does, and remembers what it was built from.
     *
     * @throws SiteException   the output folder may not be written, or writing failed
     * @throws RenderException a template is broken
     */
    public Update build() throws SiteException, RenderException, IOException {
        built = true;
        toldSince = false;
        Optional<FileStamp> settings = FileStamp.of(plans.resolve(PlanLoader.SETTINGS_FILE));
        List<Path> files = planFilesOrEmpty();
        Map<Path, Optional<FileStamp>> stamps = new HashMap<>();
        for (Path file : files) {
            stamps.put(file, FileStamp.of(file));
        }
        PlanLoader.Scan<PlanLoader.LoadedAccount> scan = loader.scan(plans, (loaded, s) -> loaded);
        if (!scan.ok()) {
            return new Update(scan.problems(), List.of(), List.of());
        }
        java.time.LocalDate day = asOf.get();
        List<AccountReview> reviews = scan.plans().stream()
                .map(p -> AccountAnalysis.analyse(p.kept().account(), scan.settings(), day)).toList();
        List<AccountSummary> cited = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            cited.add(reviews.get(i).summary().cited(scan.plans().get(i).kept().source()::lineOf));
        }
        PortfolioOverview built = PortfolioOverview.of(scan.settings(), day, cited);
        List<String> written = new ArrayList<>();
        Map<String, PlanSource> sources = new HashMap<>();
        scan.plans().forEach(p -> sources.put(p.id(), p.kept().source()));
        SiteBuilder.Result result = new SiteBuilder(renderer).buildReviewed(built, reviews,
                scan.plans().stream().map(p -> p.kept().source()).toList(),
                Locator.of(id -> Optional.ofNullable(sources.get(id)), scan.settingsSource()), output,
                Optional.of(plans));
        written.add("(all " + result.files() + " files)");
        Map<Path, Known> now = new LinkedHashMap<>();
        Contexts contexts = new Contexts(built, built);
        for (int i = 0; i < reviews.size(); i++) {
            PlanLoader.Scanned<PlanLoader.LoadedAccount> plan = scan.plans().get(i);
            Optional<FileStamp> stamp = stamps.getOrDefault(plan.file(), Optional.empty());
            // A file changed while it was read is read again at the next update.
            FileStamp at = stamp.orElse(new FileStamp(FileTime.fromMillis(0), -1, null));
            AccountSummary summary = cited.get(i);
            now.put(plan.file(), new Known(at, reviews.get(i), summary, plan.kept().source(), contexts.of(summary)));
        }
        known = now;
        settingsStamp = settings;
        settingsSource = scan.settingsSource();
        overview = Optional.of(built);
        return new Update(List.of(), written, List.of());
    }

    /** How many pages a rehearsal renders at most: the index pages and a few accounts' pages. */
    static final int REHEARSED_PAGES = 12;

    /**
     * Rehearses the updates that follow an edit to one plan, writing nothing: reads the plan
     * {@code round} of {@code rounds} again (the plans taken in turn across the portfolio; read
     * only), analyses it, and works out the update as {@link #update} would, first as the plan
     * is (an edit that changes no summary, such as a note: its own page rendered), then with
     * its discount moved a quarter (the edit that most often moves the portfolio's findings),
     * rendering the pages those updates would write (the index pages among them),
     * {@value #REHEARSED_PAGES} at most. Run after a build ({@link Rehearsal}), so that the
     * first edits after a start find that code compiled, and compiled for what an edit does: a
     * warm-up that only rendered the index pages again, every row unchanged, left the rendering
     * of a changed row to be compiled again during the first edit (a 10,000-account preview's
     * first index rewrites took 300 to 460 ms, later ones 170 to 250). A plan that cannot be
     * read now is passed over (the next update reads it). Leaves the site, the plans and what
     * is known of them as they were; the renderer's rows are then those of the last rehearsal,
     * which costs the first real edit the rows that rehearsal changed (an edit's rows are
     * worked out against the last ones rendered, whatever they were). Does nothing before a
     * good build.
     *
     * @param round which plan, with {@code rounds}: the one {@code round / rounds} of the way
     *              through the plans (in path order), {@code round} taken modulo {@code rounds}
     * @throws RenderException a template is broken
     * @throws IOException     a plan's attributes could not be read
     */
    public void rehearse(int round, int rounds) throws RenderException, IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        if (overview.isEmpty() || known.isEmpty()) {
            return;
        }
        List<Path> files = new ArrayList<>(known.keySet());
        Path file = files.get((int) ((long) Math.floorMod(round, rounds) * files.size() / rounds));
        Map<Path, Optional<FileStamp>> stamps = Map.of(file, FileStamp.of(file));
        PlanLoader.Scan<PlanLoader.LoadedAccount> scan = loader.scan(plans, List.of(file), (loaded, s) -> loaded);
        if (!scan.ok() || !scan.settings().equals(overview.get().settings())) {
            // Edited since the build: the next update reads it.
            return;
        }
        Read read = read(scan, stamps);
        AccountSummary summary = read.summaries().get(file);
        if (summary == null) {
            return;
        }
        Next unchanged = next(files, Set.of(), read);
        Next moved = next(files, Set.of(), new Read(read.settings(), read.reviews(), read.sources(),
                Map.of(file, withDiscountMoved(summary)), stamps));
        AccountReview review = read.reviews().get(file);
        PlanSource source = read.sources().get(file);
        List<Page> pages = new ArrayList<>(unchanged.pages());
        // The plan read as it is gives the page it had: rendered all the same, as after a note's edit.
        pages.add(accountPage(overview.get(), review, source));
        pages.addAll(moved.pages());
        try {
            Parallel.forEach(pages.subList(0, Math.min(pages.size(), REHEARSED_PAGES)),
                    page -> page.render().text());
        } catch (SiteException e) {
            throw new IllegalStateException("rendering alone wrote nothing", e);
        }
    }

    private static final java.math.BigDecimal QUARTER = new java.math.BigDecimal("0.25");

    /** {@code summary} with its discount a quarter higher (lower from a half up), or a quarter if none. */
    static AccountSummary withDiscountMoved(AccountSummary summary) {
        java.math.BigDecimal discount = summary.discount()
                .map(d -> d.compareTo(QUARTER.add(QUARTER)) < 0 ? d.add(QUARTER) : d.subtract(QUARTER))
                .orElse(QUARTER);
        return new AccountSummary(summary.id(), summary.name(), summary.segment(), Optional.of(discount),
                summary.scores(), summary.quadrant(), summary.balance(), summary.status(), summary.declaredTier(),
                summary.overTiered(), summary.alerts(), summary.lastReview(), summary.overdueActions());
    }

    /**
     * Brings the site up to date with the plans: reads the plans that changed since the last
     * build or update, and writes the pages that changed. With problems in the plans, writes
     * nothing, and the site stays as it was.
     */
    public Update update() throws SiteException, RenderException, IOException {
        return update(PlanWatcher.Changes.ALL);
    }

    /**
     * As {@link #update()}, told what changed: only those files, and any read so soon after
     * their last change that a second could have gone unseen, are looked at, rather than
     * every plan (at 10,000 plans, listing them and reading their times took 100 ms). The
     * first update after a build, and the first after one that did not succeed, look at every
     * plan all the same: a change made while the build read the plans, or told to an update
     * that stopped on problems, must not be lost.
     */
    public Update update(PlanWatcher.Changes changes) throws SiteException, RenderException, IOException {
        boolean told = !changes.all() && toldSince;
        // Until this update succeeds, the next one cannot trust being told.
        toldSince = false;
        built = false;
        Update update = updateFrom(changes, !told);
        toldSince = update.ok() && !built;
        return update;
    }

    /**
     * Whether every change since the last successful update is known from what the next
     * update is told: not after a build, nor after an update that did not succeed.
     */
    private boolean toldSince;
    /** Whether the site was last built whole (which changes made while it read the plans could escape). */
    private boolean built;

    /** An update told of {@code changes}; with {@code all}, every plan is looked at too. */
    private Update updateFrom(PlanWatcher.Changes changes, boolean all)
            throws SiteException, RenderException, IOException {
        if (overview.isEmpty() || !FileStamp.of(plans.resolve(PlanLoader.SETTINGS_FILE)).equals(settingsStamp)
                || !asOf.get().equals(overview.get().asOf())) {
            return build();
        }
        // value.yaml read within a clock tick of its change: read it again, and rebuild if it
        // says something else now.
        if (settingsStamp.isPresent() && settingsStamp.get().racy()) {
            PlanLoader.Scan<?> settingsOnly = loader.scan(plans, List.of(), (loaded, st) -> loaded);
            if (!settingsOnly.ok() || !settingsOnly.settings().equals(overview.get().settings())) {
                return build();
            }
        }
        List<Path> files;
        Set<Path> removedFiles = new TreeSet<>();
        List<Path> changed = new ArrayList<>();
        // The plans told of are read again whatever their times say; the others only if they
        // were read too soon after a change to tell a second one by its time, or, looking at
        // every plan, if their times say they changed.
        Set<Path> look = new TreeSet<>();
        for (Path touched : changes.files()) {
            Optional<Path> plan = PlanLoader.planFile(plans, touched);
            if (plan.isPresent()) {
                look.add(plan.get());
            } else {
                PlanLoader.named(plans, touched).filter(known::containsKey).ifPresent(removedFiles::add);
            }
        }
        if (all || changes.all()) {
            files = planFilesOrEmpty();
            removedFiles.addAll(known.keySet());
            files.forEach(removedFiles::remove);
            for (Path file : files) {
                if (look.contains(file) || changedSinceRead(file)) {
                    changed.add(file);
                }
            }
        } else {
            known.forEach((file, was) -> {
                if (was.stamp().racy() && !removedFiles.contains(file)) {
                    look.add(file);
                }
            });
            files = new ArrayList<>(known.keySet());
            files.removeAll(removedFiles);
            boolean added = false;
            for (Path file : look) {
                if (!known.containsKey(file)) {
                    files.add(file);
                    added = true;
                }
                changed.add(file);
            }
            if (added) {
                // In the order planFiles gives.
                files.sort(null);
            }
        }
        if (changed.isEmpty() && removedFiles.isEmpty()) {
            return new Update(List.of(), List.of(), List.of());
        }
        Map<Path, Optional<FileStamp>> stamps = new HashMap<>();
        for (Path file : changed) {
            stamps.put(file, FileStamp.of(file));
        }
        PlanLoader.Scan<PlanLoader.LoadedAccount> scan = loader.scan(plans, changed, (loaded, s) -> loaded);
        if (!scan.ok() || !idsUnique(files, scan)) {
            // Let a full read say what is wrong, exactly as a build would.
            PlanLoader.Scan<PlanLoader.LoadedAccount> full = loader.scan(plans, (loaded, s) -> loaded);
            return new Update(full.ok() ? List.of() : full.problems(), List.of(), List.of());
        }
        Read read = read(scan, stamps);
        Next next = next(files, removedFiles, read);
        Path folder = output.resolve(SiteBuilder.ACCOUNTS);
        List<String> removed = new ArrayList<>();
        Set<String> before = ids(known);
        Set<String> after = ids(next.known());
        boolean accountsChange = !before.equals(after);
        List<Problem> taken = taken(folder, before, next.known());
        if (!taken.isEmpty()) {
            // Nothing written, nothing learnt: the plan is read again when it is saved again.
            return new Update(taken, List.of(), List.of());
        }
        try {
            if (accountsChange) {
                // The mark lists the pages the site has, so that the next build deletes those
                // pages and no other file: while they change, it lists those before and after.
                Set<String> both = new HashSet<>(before);
                both.addAll(after);
                mark(both);
            }
            for (String id : next.gone()) {
                removed.add(remove(folder, id));
            }
            // A discount can move a segment's median, and so every page of the segment: on every core.
            Parallel.forEach(next.pages(), page -> replace(output.resolve(page.name()), page.render().text()));
            if (accountsChange) {
                mark(after);
            }
        } catch (IOException | RenderException | SiteException | RuntimeException e) {
            // Some pages may be written and others not: forget what was built, so that the next
            // update builds the whole site again rather than trust pages it did not write.
            overview = Optional.empty();
            throw e;
        }
        List<String> written = next.pages().stream().map(Page::name).toList();
        known = next.known();
        overview = Optional.of(next.overview());
        return new Update(List.of(), written, removed);
    }

    /** The plans an update read again, analysed: by file, their reviews, sources, summaries and times. */
    private record Read(Settings settings, Map<Path, AccountReview> reviews, Map<Path, PlanSource> sources,
                        Map<Path, AccountSummary> summaries, Map<Path, Optional<FileStamp>> stamps) {
    }

    private Read read(PlanLoader.Scan<PlanLoader.LoadedAccount> scan, Map<Path, Optional<FileStamp>> stamps) {
        Map<Path, AccountReview> fresh = new HashMap<>();
        Map<Path, PlanSource> sources = new HashMap<>();
        // Summaries as the index shows them: findings cited with the lines they quote.
        Map<Path, AccountSummary> freshSummaries = new HashMap<>();
        for (PlanLoader.Scanned<PlanLoader.LoadedAccount> plan : scan.plans()) {
            AccountReview review = AccountAnalysis.analyse(plan.kept().account(), scan.settings(), overview.get().asOf());
            fresh.put(plan.file(), review);
            sources.put(plan.file(), plan.kept().source());
            freshSummaries.put(plan.file(), review.summary().cited(plan.kept().source()::lineOf));
        }
        return new Read(scan.settings(), fresh, sources, freshSummaries, stamps);
    }

    /**
     * What an update does, worked out and not yet done: the next overview, what will be known
     * of each plan, the pages to render and write (the index pages first), the accounts gone.
     */
    private record Next(PortfolioOverview overview, Map<Path, Known> known, List<Page> pages, Set<String> gone) {
    }

    /** What an update of the plans {@code files} does, {@code read} read again and {@code removedFiles} gone. */
    private Next next(List<Path> files, Set<Path> removedFiles, Read read) {
        Map<Path, AccountReview> fresh = read.reviews();
        Map<Path, AccountSummary> freshSummaries = read.summaries();
        // Most edits (a note, an exchange in band) leave every summary as it was, and so the
        // portfolio's findings: then the rules need not run again.
        boolean sameSummaries = removedFiles.isEmpty() && fresh.entrySet().stream()
                .allMatch(e -> known.containsKey(e.getKey())
                        && known.get(e.getKey()).summary().equals(freshSummaries.get(e.getKey())));
        PortfolioOverview next = overview.get();
        if (!sameSummaries) {
            List<AccountSummary> summaries = new ArrayList<>();
            for (Path file : files) {
                summaries.add(fresh.containsKey(file) ? freshSummaries.get(file) : known.get(file).summary());
            }
            next = PortfolioOverview.of(read.settings(), overview.get().asOf(), summaries);
        }
        PortfolioOverview after = next;

        List<Page> pages = new ArrayList<>();
        Map<Path, Known> now = new LinkedHashMap<>();
        // Whether a plan read again writes its values elsewhere now (a line added above them).
        boolean movedSources = !removedFiles.isEmpty();
        Optional<Contexts> contexts = sameSummaries ? Optional.empty() : Optional.of(new Contexts(next, overview.get()));
        for (Path file : files) {
            Known was = known.get(file);
            AccountReview review = fresh.containsKey(file) ? fresh.get(file) : was.review();
            PlanSource source = fresh.containsKey(file) ? read.sources().get(file) : was.source();
            // With the same summaries and findings, every page's context is what it was.
            AccountSummary summary = fresh.containsKey(file) ? freshSummaries.get(file) : was.summary();
            // An unchanged account keeps its context unless its tier, segment or findings moved.
            Context context = contexts.isPresent() && (was == null || fresh.containsKey(file)
                    || contexts.get().mayHaveMoved(summary)) ? contexts.get().of(summary) : was.context();
            FileStamp stamp = fresh.containsKey(file)
                    ? read.stamps().get(file).orElse(new FileStamp(FileTime.fromMillis(0), -1, null)) : was.stamp();
            boolean sameSource = was != null && was.source().equals(source);
            movedSources |= !sameSource;
            boolean sameAccount = sameSource && was.review().equals(review);
            if (!sameAccount || !was.context().equals(context)) {
                pages.add(accountPage(after, review, source));
            }
            now.put(file, new Known(stamp, review, summary, source, context));
        }
        // Pages of accounts that are gone: of removed plans, and of plans whose id changed.
        // Ids are unique across the plans known, so a plan read again or removed can only
        // have taken its old id to another plan read again.
        Set<String> gone = new TreeSet<>();
        Stream.concat(removedFiles.stream(), fresh.keySet().stream())
                .map(known::get).filter(Objects::nonNull)
                .forEach(k -> gone.add(k.review().id()));
        fresh.values().forEach(review -> gone.remove(review.id()));
        boolean wholeIndex = !sameSummaries && !next.equals(overview.get());
        Locator locator = wholeIndex || movedSources ? locator(now) : Locator.NOWHERE;
        List<String> index = List.of();
        if (wholeIndex) {
            index = renderer.indexPageNames();
        } else if (movedSources && movedListed(after, locator(known), locator)) {
            // The same findings, but one that the index lists is written elsewhere now: only
            // the page that lists findings shows where.
            index = renderer.indexPageNames().subList(0, 1);
        }
        if (!index.isEmpty()) {
            // The index pages first: they are the largest, and go while the other cores take
            // the accounts' pages.
            pages.addAll(0, index.stream()
                    .map(page -> new Page(page, () -> renderer.indexPage(after, page, locator))).toList());
        }
        return new Next(next, now, pages, gone);
    }

    /** Whether a finding that the index of {@code overview} lists is found elsewhere by {@code now} than {@code before}. */
    private boolean movedListed(PortfolioOverview overview, Locator before, Locator now) {
        return renderer.indexFindings(overview).stream().anyMatch(alert -> !before.where(alert).equals(now.where(alert)));
    }

    /** Finds the index's findings in the plans {@code known} and in value.yaml as last read. */
    private Locator locator(Map<Path, Known> known) {
        Map<String, PlanSource> byId = new HashMap<>(known.size() * 4 / 3 + 1);
        known.values().forEach(k -> byId.put(k.review().id(), k.source()));
        return Locator.of(id -> Optional.ofNullable(byId.get(id)), settingsSource);
    }

    /** Whether {@code file} is new, or changed since it was read, or was read too soon after a change to tell. */
    private boolean changedSinceRead(Path file) throws IOException {
        Known was = known.get(file);
        return was == null || was.stamp().racy() || !FileStamp.of(file).equals(Optional.of(was.stamp()));
    }

    /** A page to write, by its path in the site. */
    private record Page(String name, Render render) {
    }

    private interface Render {
        String text() throws RenderException;
    }

    /** The page of {@code review}'s account, as of {@code overview}. */
    private Page accountPage(PortfolioOverview overview, AccountReview review, PlanSource source) {
        return new Page("accounts/" + review.id() + ".html", () -> renderer.accountHtml(overview, review, source));
    }

    /** Whether the ids of the changed plans clash with no other plan's. */
    private boolean idsUnique(List<Path> files, PlanLoader.Scan<PlanLoader.LoadedAccount> scan) {
        Set<Path> changed = new java.util.HashSet<>();
        Set<String> ids = new java.util.HashSet<>();
        for (PlanLoader.Scanned<PlanLoader.LoadedAccount> plan : scan.plans()) {
            changed.add(plan.file());
            ids.add(plan.id());
        }
        for (Path file : files) {
            if (!changed.contains(file) && ids.contains(known.get(file).review().id())) {
                return false;
            }
        }
        return true;
    }

    private List<Path> planFilesOrEmpty() throws IOException {
        return Files.isDirectory(plans) ? PlanLoader.planFiles(plans) : List.of();
    }

    /** Writes {@code file} beside itself and renames it into place, so no reader sees half of it. */
    private static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes the site's mark, listing the pages of the accounts {@code ids}. */
    private void mark(Set<String> ids) throws IOException {
        replace(output.resolve(OutputDir.MARKER), OutputDir.mark(SiteBuilder.files(renderer.indexPageNames(), ids)));
    }

    /**
     * A problem at each plan new to the site whose page would go where the site has a file it
     * did not write (one put there by hand): the page is not written over it.
     */
    private List<Problem> taken(Path folder, Set<String> before, Map<Path, Known> now) {
        List<Problem> problems = new ArrayList<>();
        for (Known k : now.values()) {
            String id = k.review().id();
            Path page = folder.resolve(id + ".html");
            if (!before.contains(id) && Files.exists(page, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(Location.startOf(k.source().path()), "the site in " + output + " has "
                        + SiteBuilder.ACCOUNTS + "/" + id + ".html, which 'value serve' did not write, where this"
                        + " plan's page goes; move that file out of the site, then save the plan again"));
            }
        }
        return problems;
    }

    /** The ids of the accounts {@code known}. */
    private static Set<String> ids(Map<Path, Known> known) {
        Set<String> ids = new HashSet<>();
        known.values().forEach(k -> ids.add(k.review().id()));
        return ids;
    }

    /** Removes the page of an account that is gone; the site is ours, so is the page. */
    private static String remove(Path folder, String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + ".html"));
        return "accounts/" + id + ".html";
    }

    @Override
    public String toString() {
        return "LiveSite[" + plans + " -> " + output + ", " + known.size() + " accounts]";
    }
}
