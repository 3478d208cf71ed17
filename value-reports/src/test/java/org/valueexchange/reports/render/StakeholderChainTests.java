package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanLoader;

/**
 * A plan whose stakeholders form one long chain of managers, nearly as long as the limit of
 * values in a plan allows: it is read, checked and drawn in time in proportion to its
 * length (the checks once walked the chain from every person, and the chart was drawn by
 * recursion, a stack overflow at 2,000). The time bound is as loose as the hostile inputs'.
 */
class StakeholderChainTests {

    private static final int PEOPLE = 15_000;
    private static final Duration TIME = Duration.ofSeconds(5);

    @TempDir
    Path plans;

    private LoadResult load(boolean circle) throws Exception {
        StringBuilder plan = new StringBuilder("name: Acme\nsegment: retail\norientation: {intellectual: 5, emotional: 5}\n"
                + "stakeholders:\n");
        for (int i = 0; i < PEOPLE; i++) {
            plan.append("  - {name: p").append(i).append(", influence: low, stance: neutral");
            if (i > 0 || circle) {
                plan.append(", reports_to: p").append(i > 0 ? i - 1 : PEOPLE - 1);
            }
            plan.append("}\n");
        }
        Files.createDirectories(plans.resolve("accounts"));
        Files.writeString(plans.resolve("accounts/acme.yaml"), plan);
        return assertTimeoutPreemptively(TIME, () -> new PlanLoader().load(plans));
    }

    @Test
    void aChainOfFifteenThousandManagersIsReadAndDrawnBoxByBox() throws Exception {
        LoadedPortfolio loaded = load(false).loaded().orElseThrow();
        PortfolioReview review = loaded.portfolio().review(LocalDate.of(2026, 11, 24));

        String html = assertTimeoutPreemptively(TIME, () -> Renderer.create(Optional.empty())
                .accountHtml(review, review.accounts().get(0), loaded.source("acme")));

        Document page = Jsoup.parse(html);
        assertThat(page.select("#orgchart-t").text()).isEqualTo("Stakeholder map: Acme");
        assertThat(page.select("g.person")).hasSize(PEOPLE);
        assertThat(page.select("path.link")).hasSize(PEOPLE - 1);
        // Each one a step further in than their manager, one row further down.
        assertThat(page.select("g.person rect.box").last().attr("x"))
                .isEqualTo(Integer.toString(OrgChart.PAD + (PEOPLE - 1) * OrgChart.INDENT));
    }

    @Test
    void aCircleOfFifteenThousandIsOneProblemAtItsFirstMember() throws Exception {
        LoadResult result = load(true);

        assertThat(result.loaded()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).toString())
                .contains("acme.yaml:5:", "reports_to goes round in a circle: p0 -> p14999 -> p14998 -> ")
                .endsWith(" -> p1 -> p0; someone in it must report to no one listed");
    }
}
