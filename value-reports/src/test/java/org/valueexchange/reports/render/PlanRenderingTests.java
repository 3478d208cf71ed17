package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;
import org.valueexchange.core.stakeholder.Stance;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.plan.LoadedPortfolio;

/** The account review's stakeholder map, ladder, objectives and history, and the index's freshness. */
class PlanRenderingTests {

    private final LoadedPortfolio loaded = Fixture.load();
    private final PortfolioReview review = loaded.portfolio().review(Fixture.AS_OF);

    private AccountReview account(String id) {
        return review.accounts().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private String html(String id) throws RenderException {
        return Fixture.readable(Renderer.create(Optional.empty()).accountHtml(review, account(id), loaded.source(id)));
    }

    @Test
    void theStakeholderMapIsAnOrgChartWithStanceAndInfluenceInShapesAndWords() throws RenderException {
        String page = html("steady");
        assertThat(page).contains("<title id=\"orgchart-t\">Stakeholder map: Steady Retail</title>",
                "Sam Chen, COO: supporter · high influence.",
                "Dana Ruiz, VP Product: champion · medium influence; reports to Sam Chen.",
                "Lee Park, Buyer: detractor · low influence; reports to Dana Ruiz.",
                "Ann Vendor, Account Director: neutral · medium influence · vendor.",
                "class=\"person st-champion in-medium\"", "class=\"person st-neutral in-medium vendor\"",
                "<path class=\"link\" d=\"M22 62V101H36\"/>", "<path class=\"link\" d=\"M50 128V167H64\"/>", "★ champion · ▲ supporter");
        assertThat(page).contains("<th scope=\"row\">Sam Chen<br><span class=\"muted\">COO</span></th>",
                "2026-07-01 <span class=\"muted\">(146 days before)</span> <span class=\"flag\">stale</span>");
    }

    @Test
    void theLadderShowsWhereEachRelationshipIsAndWhereItShouldGo() throws RenderException {
        assertThat(html("steady")).contains("<h3>Relationship ladder</h3>",
                "<td>credible source</td><td>trusted advisor</td>",
                "aria-label=\"rung 2 of 4, target 4: 2 rungs to climb\"");
    }

    @Test
    void objectivesShowTheirActionsAndWhichAreOverdue() throws RenderException {
        String page = html("steady");
        assertThat(page).contains("<article class=\"objective\" id=\"objective-shorten-redesigns\">",
                "<h3>Cut redesign effort by 30%</h3>", "owner Priya Shah", "due 2026-12-31", "1 of 2 actions done",
                "<tr class=\"act-overdue\"><td>Joint roadmap session</td>", "(40 days overdue)",
                "<tr class=\"act-done\"><td>Share the obsolescence data</td>", "id=\"objective-open-eu\"");
    }

    @Test
    void theReviewHistoryHasKindsRatingsAndAttendeesNewestFirst() throws RenderException {
        String page = html("steady");
        assertThat(page).contains("Last review 2026-09-30, 55 days before the as-of date 2026-11-24;"
                + " a review is due every 100 days.", "<dt>As of</dt><dd>2026-11-24</dd>");
        assertThat(page.indexOf("quarterly business review")).isLessThan(page.indexOf("executive business review"));
        assertThat(page).contains("★★★★☆</span> 4/5", "<td>Dana Ruiz, Priya Shah</td>", "<p>Good quarter.</p>");
    }

    @Test
    void theMarkdownReviewHasTheSameAsPlainTables() throws RenderException {
        String md = Renderer.create(Optional.empty()).accountMarkdown(review, account("steady"), loaded.source("steady"));
        assertThat(md).contains("| As of | 2026-11-24 |",
                "| Sam Chen | COO | customer | supporter | high | — | 2026-07-01 (146 days before) **stale** |",
                "| Dana Ruiz | credible source (2/4) | trusted advisor (4/4) | 2 rungs to climb |",
                "| Joint roadmap session | A. Chief | 2026-10-15 | **overdue** (40 days overdue) |",
                "| 2026-09-30 | quarterly business review | 4/5 | Dana Ruiz, Priya Shah |")
                .doesNotContain("<svg");
    }

    @Test
    void theIndexShowsFreshnessAndEveryOverdueActionLinkedToItsAccount() throws RenderException {
        Map<String, String> pages = Renderer.create(Optional.empty()).indexPages(review);
        String index = pages.get("index.html");
        assertThat(index).contains("<p class=\"asof\">As of 2026-11-24</p>",
                "<td class=\"num\" title=\"last review 2026-09-30\">55</td>",
                "<td class=\"num\" title=\"no review recorded\">none <span class=\"flag\">stale</span></td>",
                "<a href=\"accounts/steady.html#objective-shorten-redesigns\">Steady Retail</a>",
                "Joint roadmap session</td><td>A. Chief</td><td>2026-10-15 <span class=\"muted\">(40 days overdue)</span>");
        String byFreshness = pages.get("accounts-by-freshness.html");
        assertThat(byFreshness.indexOf("Steady Retail")).isGreaterThan(byFreshness.indexOf("Spiral Foods"));
    }

    private static Stakeholder person(String name, String manager) {
        return new Stakeholder(name, "Role of " + name, Side.CUSTOMER, Influence.MEDIUM, Stance.NEUTRAL,
                Optional.empty(), Optional.empty(), Optional.ofNullable(manager));
    }

    @Test
    void theOrgChartGrowsDownNotAcrossSoThatItFitsAPhone() {
        Map<String, Object> one = OrgChart.of(new StakeholderMap(List.of(person("Solo", null))));
        assertThat(one.get("width")).isEqualTo(316);
        assertThat(one.get("height")).isEqualTo(70);
        // Fifteen people: a chief, four direct reports, each with two of their own, two roots.
        List<Stakeholder> people = new ArrayList<>();
        people.add(person("Chief", null));
        for (int i = 0; i < 4; i++) {
            people.add(person("Head " + i, "Chief"));
            people.add(person("Lead " + i + "a", "Head " + i));
            people.add(person("Lead " + i + "b", "Head " + i));
        }
        people.add(person("Other root", null));
        people.add(person("Advisor", "Other root"));
        Map<String, Object> fifteen = OrgChart.of(new StakeholderMap(people));
        assertThat(people).hasSize(15);
        assertThat(fifteen.get("width")).isEqualTo(316 + 2 * OrgChart.INDENT);
        assertThat(fifteen.get("height")).isEqualTo(16 + 15 * OrgChart.ROW - (OrgChart.ROW - OrgChart.BOX_HEIGHT));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> placed = (List<Map<String, Object>>) fifteen.get("people");
        assertThat(placed).extracting(p -> p.get("name")).startsWith("Chief", "Head 0", "Lead 0a", "Lead 0b", "Head 1")
                .endsWith("Other root", "Advisor");
        assertThat(placed.get(2).get("x")).isEqualTo(8 + 2 * OrgChart.INDENT);
    }

    @Test
    void longNamesAreClippedInTheBoxAndWholeInTheTitle() {
        String name = "Dr Maximiliana Bartholomew-Worthington III";
        Map<String, Object> chart = OrgChart.of(new StakeholderMap(List.of(person(name, null))));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = ((List<Map<String, Object>>) chart.get("people")).get(0);
        assertThat((String) p.get("label")).hasSize(OrgChart.MAX_TEXT).endsWith("…");
        assertThat(p.get("name")).isEqualTo(name);
        assertThat(LocalDate.of(2026, 11, 24)).isEqualTo(Fixture.AS_OF);
    }

    @Test
    void theIndexListsTheMostSevereFindingsUpToItsLimitAndCountsTheRest() throws Exception {
        int all = review.overview().allAlerts().size();
        assertThat(all).as("findings in the fixture").isGreaterThan(3);
        Templates templates = new Templates(Optional.empty());
        String page = templates.render("index.html", Views.index(new Views.LastRows(true), review.overview(), Views.Sort.NAME, true, Locator.NOWHERE, 3));
        String alerts = page.substring(page.indexOf("<section id=\"alerts\">"));
        assertThat(alerts.split("<tr class=\"sev-", -1)).hasSize(1 + 3);
        assertThat(alerts).contains("<p class=\"more\">" + (all - 3) + " more findings",
                "<a href=\"accounts-by-alerts.html\">accounts by alerts</a>");
        String first = alerts.substring(alerts.indexOf("<tr class=\"sev-"));
        assertThat(first).startsWith("<tr class=\"sev-" + review.overview().allAlerts().stream()
                .map(a -> a.severity()).max(Comparator.naturalOrder()).orElseThrow().id());

        String whole = templates.render("index.html", Views.index(new Views.LastRows(true), review.overview(), Views.Sort.NAME, true, Locator.NOWHERE, all));
        assertThat(whole.split("<tr class=\"sev-", -1)).hasSize(1 + all);
        assertThat(whole).doesNotContain("class=\"more\"");
    }
}
