package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.render.Renderer;

/**
 * The preview's incremental updates: after each kind of edit, only the pages that changed
 * are written, and the site is byte for byte the one a full build of the same plans gives.
 */
class LiveSiteTests {

    @TempDir
    Path tmp;

    private Path plans;
    private Path site;
    private Renderer renderer;
    private LiveSite live;
    private int edits;
    /** The files edited since the last update, as a watcher would tell them. */
    private final Set<Path> touched = new HashSet<>();

    Path plans() {
        return plans;
    }

    LiveSite live() {
        return live;
    }

    /** Called with the fixture's copy before the first build. */
    void copied(Path plans) throws IOException {
    }

    /** Whether updates are told which files changed, as {@code value serve} tells them. */
    boolean told() {
        return false;
    }

    /** Updates the site, told of the files touched since the last update when {@link #told()}. */
    LiveSite.Update update() throws Exception {
        LiveSite.Update update = told() ? live.update(new PlanWatcher.Changes(false, touched)) : live.update();
        touched.clear();
        return update;
    }

    @BeforeEach
    void buildTheFixture() throws Exception {
        plans = tmp.resolve("plans");
        Fixture.copyTo(plans);
        copied(plans);
        site = tmp.resolve("site");
        renderer = Renderer.create(Optional.empty());
        live = new LiveSite(renderer, () -> Fixture.AS_OF, plans, site);
        assertThat(live.build().ok()).isTrue();
    }

    /** The site must be what a full build of the plans as they are now gives. */
    void assertSameAsAFullBuild() throws Exception {
        Path full = tmp.resolve("full-" + edits);
        // A renderer of its own: nothing kept from the preview's renders.
        assertThat(new SiteBuilder(Renderer.create(Optional.empty())).build(plans, Fixture.AS_OF, full,
                SiteBuilder.Progress.NONE).site()).isPresent();
        Map<String, byte[]> expected = Fixture.files(full);
        Map<String, byte[]> actual = Fixture.files(site);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    /** Edits a plan, and moves its time on, as an editor saving it a moment later would. */
    void edit(String file, String from, String to) throws IOException {
        Path plan = plans.resolve(file);
        touched.add(plan);
        String text = Files.readString(plan);
        assertThat(text).contains(from);
        Files.writeString(plan, text.replace(from, to));
        Files.setLastModifiedTime(plan, FileTime.fromMillis(Files.getLastModifiedTime(plan).toMillis() + 2000 + edits));
        edits++;
    }

    @Test
    void anEditThatChangesOnlyOneAccountsPageRewritesOnlyThatPage() throws Exception {
        edit("accounts/spiral.yaml", "notes: |\n", "notes: |\n      An added first line.\n");
        LiveSite.Update update = update();
        assertThat(update.problems()).isEmpty();
        assertThat(update.written()).containsExactly("accounts/spiral.html");
        assertSameAsAFullBuild();
    }

    @Test
    void aLineAddedAtTheTopOfAnyPlanMovesItsFindingsOnTheIndexAsAFullBuildWould() throws Exception {
        List<String> files;
        try (Stream<Path> listed = Files.list(plans.resolve("accounts"))) {
            files = listed.map(f -> "accounts/" + f.getFileName()).sorted().toList();
        }
        int onlyWhere = 0;
        for (String file : files) {
            String text = Files.readString(plans.resolve(file));
            edit(file, text, "# A line above the rest.\n" + text);
            LiveSite.Update update = update();
            assertThat(update.problems()).as(file).isEmpty();
            assertSameAsAFullBuild();
            // The same findings, one line lower: only the page that shows where they are.
            if (update.written().contains("index.html") && !update.written().contains("accounts-by-segment.html")) {
                onlyWhere++;
            }
        }
        assertThat(onlyWhere).as("plans whose findings only moved down a line").isPositive();
    }

    @Test
    void nothingChangedWritesNothing() throws Exception {
        LiveSite.Update update = update();
        assertThat(update.written()).isEmpty();
        assertThat(update.removed()).isEmpty();
    }

    @Test
    void aChangeThatMovesPortfolioFindingsRewritesTheAccountsItTouchesAndTheIndex() throws Exception {
        assertEditRewrites("accounts/haggler.yaml", "  discount: 0.30", "  discount: 0.12",
                "accounts/haggler.html", "index.html");
    }

    @Test
    void aMovedMedianRewritesThePagesOfItsSegment() throws Exception {
        // Retail's discounts 0.30, 0.10 and 0.11: spiral's at 0.12 moves the median, which
        // steady's page shows, though nothing of steady changed.
        assertEditRewrites("accounts/spiral.yaml", "discount: 0.10", "discount: 0.12",
                "accounts/spiral.html", "accounts/steady.html", "accounts/haggler.html");
    }

    @Test
    void aTierLeftRewritesThePagesOfTheAccountsLeftInIt() throws Exception {
        // Three strategic accounts for a capacity of two: with the pretender gone to a lower
        // tier, the partners' pages no longer say the tier is over capacity.
        assertEditRewrites("accounts/pretender.yaml", "tier: strategic", "tier: preferred",
                "accounts/pretender.html", "accounts/partner-a.html", "accounts/partner-b.html", "index.html");
    }

    @Test
    void aRehearsalWritesNothingAndTheEditsAfterItAreAsWithout() throws Exception {
        Map<String, byte[]> before = Fixture.files(site);
        Map<String, FileTime> times = new java.util.HashMap<>();
        for (String name : before.keySet()) {
            times.put(name, Files.getLastModifiedTime(site.resolve(name)));
        }
        Map<String, byte[]> planBytes = Fixture.files(plans);
        Map<String, FileTime> planTimes = new java.util.HashMap<>();
        for (String name : planBytes.keySet()) {
            planTimes.put(name, Files.getLastModifiedTime(plans.resolve(name)));
        }
        for (int round = 0; round < 3; round++) {
            live.rehearse(round, 3);
        }
        // The plans are read, never written.
        assertThat(Fixture.files(plans).keySet()).isEqualTo(planBytes.keySet());
        Map<String, byte[]> planBytesAfter = Fixture.files(plans);
        planBytes.forEach((name, bytes) -> assertThat(planBytesAfter.get(name)).as(name).isEqualTo(bytes));
        for (String name : planTimes.keySet()) {
            assertThat(Files.getLastModifiedTime(plans.resolve(name))).as(name).isEqualTo(planTimes.get(name));
        }
        assertThat(Fixture.files(site).keySet()).isEqualTo(before.keySet());
        for (String name : before.keySet()) {
            assertThat(Files.getLastModifiedTime(site.resolve(name))).as(name).isEqualTo(times.get(name));
        }
        assertThat(update().written()).isEmpty();
        // An edit that moves a median and the index: rows, texts and orders kept from the rehearsal.
        assertEditRewrites("accounts/spiral.yaml", "discount: 0.10", "discount: 0.12",
                "accounts/spiral.html", "accounts/steady.html", "index.html", "accounts-by-alerts.html");
        live.rehearse(0, 1);
        assertEditRewrites("accounts/spiral.yaml", "discount: 0.12", "discount: 0.10",
                "accounts/spiral.html", "accounts/steady.html", "index.html");
    }

    @Test
    void aRehearsalMovesTheDiscountAQuarterOrGivesOne() throws Exception {
        var summaries = Fixture.load().portfolio().review(Fixture.AS_OF).accounts().stream()
                .map(org.valueexchange.core.portfolio.AccountReview::summary).toList();
        for (var summary : summaries) {
            var moved = LiveSite.withDiscountMoved(summary);
            assertThat(moved.id()).isEqualTo(summary.id());
            assertThat(moved.discount()).isPresent();
            assertThat(moved.discount().get()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
            assertThat(moved.discount()).isNotEqualTo(summary.discount());
            summary.discount().ifPresent(d -> assertThat(moved.discount().get().subtract(d).abs())
                    .isEqualByComparingTo("0.25"));
            assertThat(moved).isEqualTo(new org.valueexchange.core.portfolio.AccountSummary(summary.id(), summary.name(),
                    summary.segment(), moved.discount(), summary.scores(), summary.quadrant(), summary.balance(),
                    summary.status(), summary.declaredTier(), summary.overTiered(), summary.alerts(),
                    summary.lastReview(), summary.overdueActions()));
        }
        var first = summaries.get(0);
        var none = new org.valueexchange.core.portfolio.AccountSummary(first.id(), first.name(), first.segment(),
                Optional.empty(), first.scores(), first.quadrant(), first.balance(), first.status(),
                first.declaredTier(), first.overTiered(), first.alerts(), first.lastReview(), first.overdueActions());
        assertThat(LiveSite.withDiscountMoved(none).discount()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.25"));
        // From a half up, a quarter lower.
        var high = new org.valueexchange.core.portfolio.AccountSummary(first.id(), first.name(), first.segment(),
                Optional.of(new java.math.BigDecimal("0.6")), first.scores(), first.quadrant(), first.balance(),
                first.status(), first.declaredTier(), first.overTiered(), first.alerts(), first.lastReview(),
                first.overdueActions());
        assertThat(LiveSite.withDiscountMoved(high).discount()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.35"));
    }

    /** Makes the edit and updates: the pages written include {@code pages}, and the site is a full build's. */
    private void assertEditRewrites(String file, String from, String to, String... pages) throws Exception {
        edit(file, from, to);
        LiveSite.Update update = update();
        assertThat(update.problems()).isEmpty();
        assertThat(update.written()).contains(pages);
        assertSameAsAFullBuild();
    }

    @Test
    void addingRenamingAndRemovingPlansAddsAndRemovesTheirPages() throws Exception {
        Files.copy(plans.resolve("accounts/steady.yaml"), plans.resolve("accounts/steady-two.yaml"));
        touched.add(plans.resolve("accounts/steady-two.yaml"));
        LiveSite.Update added = update();
        assertThat(added.written()).contains("accounts/steady-two.html", "index.html");
        assertSameAsAFullBuild();

        Files.move(plans.resolve("accounts/steady-two.yaml"), plans.resolve("accounts/steady-2.yaml"));
        touched.addAll(List.of(plans.resolve("accounts/steady-two.yaml"), plans.resolve("accounts/steady-2.yaml")));
        update();
        assertSameAsAFullBuild();

        Files.delete(plans.resolve("accounts/spiral.yaml"));
        touched.add(plans.resolve("accounts/spiral.yaml"));
        LiveSite.Update removed = update();
        assertThat(removed.removed()).contains("accounts/spiral.html");
        assertThat(site.resolve("accounts/spiral.html")).doesNotExist();
        assertSameAsAFullBuild();
    }

    @Test
    void aNewPlansPageIsNotWrittenOverAFileTheSiteDidNotWrite() throws Exception {
        Files.writeString(site.resolve("accounts/steady-two.html"), "my own page");
        Files.writeString(site.resolve("CNAME"), "accounts.example.com");
        Files.copy(plans.resolve("accounts/steady.yaml"), plans.resolve("accounts/steady-two.yaml"));
        touched.add(plans.resolve("accounts/steady-two.yaml"));
        LiveSite.Update added = update();
        assertThat(added.problems()).singleElement().asString().endsWith("steady-two.yaml:1:1: the site in " + site
                + " has accounts/steady-two.html, which 'value serve' did not write, where this plan's page goes;"
                + " move that file out of the site, then save the plan again");
        assertThat(site.resolve("accounts/steady-two.html")).hasContent("my own page");

        Files.move(site.resolve("accounts/steady-two.html"), tmp.resolve("mine.html"));
        edit("accounts/steady-two.yaml", "segment:", "segment:");
        assertThat(update().ok()).isTrue();
        assertThat(site.resolve("accounts/steady-two.html")).content().contains("<html");
        assertThat(site.resolve("CNAME")).hasContent("accounts.example.com");
    }

    @Test
    void aPlanWithProblemsLeavesTheSiteAsItWasUntilItIsFixed() throws Exception {
        Map<String, byte[]> before = Fixture.files(site);
        edit("accounts/steady.yaml", "segment:", "segmnt:");
        LiveSite.Update broken = update();
        assertThat(broken.problems()).isNotEmpty();
        assertThat(broken.problems()).allMatch(p -> p.toString().contains("steady.yaml"))
                .anyMatch(p -> p.toString().contains("unknown key 'segmnt'"));
        Map<String, byte[]> after = Fixture.files(site);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));

        edit("accounts/steady.yaml", "segmnt:", "segment:");
        assertThat(update().ok()).isTrue();
        assertSameAsAFullBuild();
    }

    @Test
    void anIdChangedInAPlanRemovesTheOldPageAndTwoPlansMaySwapIds() throws Exception {
        Path steady = plans.resolve("accounts/steady.yaml");
        Path haggler = plans.resolve("accounts/haggler.yaml");
        String steadyText = Files.readString(steady);
        String hagglerText = Files.readString(haggler);
        Files.writeString(steady, "id: steady-renamed\n" + steadyText);
        touched.add(steady);
        LiveSite.Update renamed = update();
        assertThat(renamed.removed()).containsExactly("accounts/steady.html");
        assertThat(renamed.written()).contains("accounts/steady-renamed.html");
        assertSameAsAFullBuild();

        Files.writeString(steady, "id: haggler\n" + steadyText);
        Files.writeString(haggler, "id: steady-renamed\n" + hagglerText);
        touched.addAll(List.of(steady, haggler));
        LiveSite.Update swapped = update();
        assertThat(swapped.ok()).isTrue();
        assertThat(swapped.removed()).isEmpty();
        assertSameAsAFullBuild();
    }

    @Test
    void anIdTakenFromAnotherPlanIsAProblem() throws Exception {
        Files.copy(plans.resolve("accounts/steady.yaml"), plans.resolve("accounts/zz-clone.yaml"));
        Files.writeString(plans.resolve("accounts/zz-clone.yaml"),
                "id: steady\n" + Files.readString(plans.resolve("accounts/zz-clone.yaml")));
        touched.add(plans.resolve("accounts/zz-clone.yaml"));
        LiveSite.Update update = update();
        assertThat(update.problems()).anyMatch(p -> p.message().contains("already used"));
    }

    @Test
    void aChangeToTheSettingsRebuildsEverything() throws Exception {
        Path settings = plans.resolve("value.yaml");
        String text = Files.readString(settings);
        Files.writeString(settings, text.replaceFirst("(?m)^name: .*$", "name: Renamed portfolio"));
        Files.setLastModifiedTime(settings, FileTime.fromMillis(Files.getLastModifiedTime(settings).toMillis() + 5000));
        touched.add(settings);
        LiveSite.Update update = update();
        assertThat(update.ok()).isTrue();
        assertThat(Files.readString(site.resolve("index.html"))).contains("Renamed portfolio");
        assertSameAsAFullBuild();
    }

    @Test
    void aSecondSameSizeEditWithinTheClockTickIsStillSeen() throws Exception {
        Path plan = plans.resolve("accounts/haggler.yaml");
        FileTime time = Files.getLastModifiedTime(plan);
        Files.writeString(plan, Files.readString(plan).replace("  discount: 0.30", "  discount: 0.13"));
        // The same size and the same time: only the racy-time rule can tell.
        Files.setLastModifiedTime(plan, time);
        touched.add(plan);
        LiveSite.Update update = update();
        assertThat(update.written()).contains("accounts/haggler.html");
        assertSameAsAFullBuild();
    }

    @Test
    void anUpdateThatFailsHalfWayIsFollowedByAFullBuild() throws Exception {
        edit("accounts/haggler.yaml", "  discount: 0.30", "  discount: 0.12");
        // A folder where a page's temporary file goes: that page cannot be written.
        Path obstacle = Files.createDirectories(site.resolve(".accounts-by-alerts.html.tmp"));
        Files.writeString(obstacle.resolve("x"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(this::update).isInstanceOf(IOException.class);
        Files.delete(obstacle.resolve("x"));
        Files.delete(obstacle);
        edit("accounts/haggler.yaml", "  discount: 0.12", "  discount: 0.30");
        assertThat(update().ok()).isTrue();
        assertSameAsAFullBuild();
    }
}
