package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.plan.LoadedPortfolio;

class RendererTests {

    private final LoadedPortfolio loaded = Fixture.load();
    private final PortfolioReview review = loaded.portfolio().review(Fixture.AS_OF);

    private AccountReview account(String id) {
        return review.accounts().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private String html(String id) throws RenderException {
        return Renderer.create(Optional.empty()).accountHtml(review, account(id), loaded.source(id));
    }

    private String markdown(String id) throws RenderException {
        return Renderer.create(Optional.empty()).accountMarkdown(review, account(id), loaded.source(id));
    }

    @Test
    void accountPageShowsHeaderEquilibriumAlertsAndTrend() throws RenderException {
        String page = html("spiral");
        assertThat(page).contains("<h1>Spiral Foods</h1>", "Priya Shah", "retail",
                "declared <strong>preferred</strong>", "Balance index <strong class=\"index\">-0.29</strong>",
                "vendor over-investing", "sustained-imbalance", "What to do:",
                "<title id=\"trend-t\">Balance index per period: Spiral Foods</title>",
                "2025-Q4: -0.54, vendor over-investing", "href=\"../index.html\"", "href=\"../style.css\"");
        assertThat(page).contains("<code>accounts/spiral.yaml</code>", "accounts/spiral.yaml:")
                .doesNotContain(Fixture.dir().toString());
    }

    @Test
    void discountRequestsAreWordedAsTheConversationWithProcurement() throws RenderException {
        String page = html("haggler");
        assertThat(page).contains("40% requested by procurement on 2025-06-01", "GBP 30,000",
                "To stay sustainable we would stop giving GBP 30,000, 10% of what procurement")
                .doesNotContain("90% requested");
    }

    @Test
    void userStringsAreEscapedAndNotesAreSanitised() throws RenderException {
        String haggler = html("haggler");
        assertThat(haggler).contains("Haggle &amp; Sons &lt;b&gt;Ltd&lt;/b&gt; | #1").doesNotContain("<b>Ltd</b>");
        String spiral = html("spiral");
        assertThat(spiral).contains("<strong>down</strong>", "<table class=\"notes-table\">",
                "<a href=\"https://example.com/plan\" rel=\"nofollow noopener\">the plan</a>");
        assertThat(spiral).doesNotContain("<script>", "<img", "<a href=\"javascript", "<a href=\"vbscript",
                "<a href=\"data:", "<a href=\"&#106;", "<a href=\"&amp;#106;", "onerror=\"");
        // Links to javascript:, vbscript: and data: addresses are their text alone.
        assertThat(spiral).contains("<pre><code>&lt;script&gt;alert('x')&lt;/script&gt;\n</code></pre>",
                "Links: js vb enc\ndata <code>&lt;img src=x onerror=alert(1)&gt;</code>");
    }

    @Test
    void markdownReviewUsesPlainGfmTablesAndEscapesUserText() throws RenderException {
        String md = markdown("haggler");
        assertThat(md).startsWith("# Haggle \\& Sons \\<b\\>Ltd\\</b\\> \\| \\#1\n");
        assertThat(md).contains("| Period | Received | Given | Balance | Status |", "|---|---:|---:|---:|---|",
                "| 2025-Q1 | GBP 100,000 | GBP 100,000 | 0.00 | in equilibrium |",
                "**warning** `discount-breaks-equilibrium`").doesNotContain("<table", "<div");
        // The notes are written afresh: their raw HTML as code, their unsafe links text.
        assertThat(markdown("spiral")).contains("Volumes **down** again. See [the plan](https://example.com/plan).",
                "|Q4|more support|", "Links: js vb enc\ndata `<img src=x onerror=alert(1)>`",
                "```\n<script>alert('x')</script>\n```\n").doesNotContain("javascript:", "vbscript:", "data:");
    }

    @Test
    void indexPagesListEveryAccountInEachOrder() throws RenderException {
        var pages = Renderer.create(Optional.empty()).indexPages(review);
        assertThat(pages.keySet()).containsExactly("index.html", "accounts-by-segment.html",
                "accounts-by-quadrant.html", "accounts-by-tier.html", "accounts-by-balance.html",
                "accounts-by-freshness.html", "accounts-by-alerts.html");
        String index = pages.get("index.html");
        assertThat(index).contains("<h1>Fixture accounts</h1>", "Customer Value Orientation Matrix",
                "Accounts per partnership tier against capacity", "strategic: 3 accounts of capacity 2, over capacity",
                "Price parity by segment", "tier-over-capacity", "parity-outlier");
        for (String id : new String[] {"spiral", "haggler", "steady", "partner-a", "partner-b", "pretender"}) {
            for (String page : pages.values()) {
                assertThat(page).contains("href=\"accounts/" + id + ".html\"");
            }
        }
        String byBalance = pages.get("accounts-by-balance.html");
        assertThat(byBalance.indexOf("Spiral Foods")).isLessThan(byBalance.indexOf("Steady Retail"));
    }

    @Test
    void indexPagesRenderedAfterAnotherOverviewAreThoseOfAFreshRenderer(@TempDir Path tmp) throws Exception {
        // Spiral's discount moves the retail median: steady, whose summary stays as it was, is now
        // a parity outlier, and spiral's own summary changes.
        Path plans = Fixture.copyTo(tmp.resolve("plans"));
        Path spiral = plans.resolve("accounts/spiral.yaml");
        Files.writeString(spiral, Files.readString(spiral).replace("discount: 0.10", "discount: 0.30"));
        PortfolioReview edited = new org.valueexchange.reports.plan.PlanLoader().load(plans).loaded().orElseThrow()
                .portfolio().review(Fixture.AS_OF);
        var before = review.overview();
        var after = edited.overview();
        assertThat(after.accounts()).filteredOn(a -> before.accounts().contains(a)
                && before.alertsFor(a.id()).size() != after.alertsFor(a.id()).size()).isNotEmpty();

        Renderer renderer = Renderer.create(Optional.empty());
        renderer.indexPages(review);
        assertThat(renderer.indexPages(edited)).isEqualTo(Renderer.create(Optional.empty()).indexPages(edited));
        // Back again, and then another date: every row's days since review moves.
        assertThat(renderer.indexPages(review)).isEqualTo(Renderer.create(Optional.empty()).indexPages(review));
        PortfolioReview later = loaded.portfolio().review(Fixture.AS_OF.plusDays(400));
        assertThat(renderer.indexPages(later)).isEqualTo(Renderer.create(Optional.empty()).indexPages(later));
    }

    @Test
    void rowsRenderedBeforeAUserTemplateWasEditedAreNotKept(@TempDir Path tmp) throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path layout = templates.resolve("layout.ftl");
        String builtIn = new String(Renderer.class.getResourceAsStream("/org/valueexchange/reports/templates/layout.ftl").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(layout, builtIn);
        Path plans = Fixture.copyTo(tmp.resolve("plans"));
        Path spiral = plans.resolve("accounts/spiral.yaml");
        Files.writeString(spiral, Files.readString(spiral).replace("discount: 0.10", "discount: 0.30"));
        PortfolioReview edited = new org.valueexchange.reports.plan.PlanLoader().load(plans).loaded().orElseThrow()
                .portfolio().review(Fixture.AS_OF);

        Renderer renderer = Renderer.create(Optional.of(templates));
        renderer.indexPages(review);
        // The account table's rows show each balance through layout.ftl's status macro.
        String edit = builtIn.replaceFirst("<#macro status ([^>]*)>", "<#macro status $1><i>edited</i>");
        assertThat(edit).isNotEqualTo(builtIn);
        Files.writeString(layout, edit);
        // FreeMarker looks at a template's time again after five seconds.
        Files.setLastModifiedTime(layout, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Thread.sleep(5_500);
        var pages = renderer.indexPages(edited);
        assertThat(pages).isEqualTo(Renderer.create(Optional.of(templates)).indexPages(edited));
        assertThat(pages.get("accounts-by-balance.html")).contains("<i>edited</i>");
    }

    @Test
    void theSameSummariesUnderOtherSettingsOrAnotherDateAreRenderedAfresh() throws Exception {
        // Rows show the days since each review, and whether that is stale by the settings.
        var overview = review.overview();
        var settings = overview.settings();
        var stricter = new org.valueexchange.core.portfolio.Settings(settings.name(), settings.currency(),
                settings.period(), settings.band(), settings.sustainedPeriods(), settings.threshold(),
                settings.parity(), settings.rateCard(), settings.tiers(), new org.valueexchange.core.freshness.Freshness(1, 1));
        var variants = List.of(
                org.valueexchange.core.portfolio.PortfolioOverview.of(stricter, overview.asOf(), overview.accounts()),
                org.valueexchange.core.portfolio.PortfolioOverview.of(settings, overview.asOf().plusDays(30),
                        overview.accounts()));
        for (var variant : variants) {
            Renderer renderer = Renderer.create(Optional.empty());
            renderer.indexPages(overview);
            assertThat(renderer.indexPages(variant)).isEqualTo(Renderer.create(Optional.empty()).indexPages(variant))
                    .isNotEqualTo(renderer.indexPages(overview));
        }
    }

    @Test
    void renderingIsDeterministic() throws RenderException {
        assertThat(html("spiral")).isEqualTo(html("spiral"));
        assertThat(Renderer.create(Optional.empty()).indexPages(review))
                .isEqualTo(Renderer.create(Optional.empty()).indexPages(review));
    }

    @Test
    void userTemplatesOverrideBuiltInOnesAndAreStillEscaped(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("account.html"), "<p>${account.name}</p>");
        String page = Renderer.create(Optional.of(templates)).accountHtml(review, account("haggler"),
                loaded.source("haggler"));
        assertThat(page).isEqualTo("<p>Haggle &amp; Sons &lt;b&gt;Ltd&lt;/b&gt; | #1</p>");
    }

    @Test
    void templatesCannotReachJavaClasses(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("account.html"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertThatThrownBy(() -> Renderer.create(Optional.of(templates)).accountHtml(review, account("steady"),
                loaded.source("steady"))).isInstanceOf(RenderException.class).hasMessageContaining("account.html");
        Files.writeString(templates.resolve("account.html"), "${account.name?api}");
        assertThatThrownBy(() -> Renderer.create(Optional.of(templates)).accountHtml(review, account("steady"),
                loaded.source("steady"))).isInstanceOf(RenderException.class);
    }

    @Test
    void aMissingValueFailsTheRenderWithTheTemplateAndLine(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("account.html"), "<p>\n${account.nickname}</p>");
        assertThatThrownBy(() -> Renderer.create(Optional.of(templates)).accountHtml(review, account("steady"),
                loaded.source("steady"))).isInstanceOf(RenderException.class)
                .hasMessageContaining("template account.html failed at line 2");
    }

    @Test
    void aMissingTemplatesFolderIsAClearError(@TempDir Path tmp) {
        assertThatThrownBy(() -> Renderer.create(Optional.of(tmp.resolve("nope"))))
                .isInstanceOf(RenderException.class).hasMessageContaining("does not exist");
    }
}
