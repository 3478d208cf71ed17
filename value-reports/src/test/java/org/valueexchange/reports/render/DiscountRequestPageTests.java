package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanLoader;

/** A discount request on the account's page, read from a real plan, for balances in and out of the band. */
class DiscountRequestPageTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    @TempDir
    Path plans;

    private Document page(String received, String given) throws IOException, RenderException {
        Files.createDirectories(plans.resolve("accounts"));
        Files.writeString(plans.resolve("accounts/acme.yaml"), """
                name: Acme
                segment: retail
                orientation: {intellectual: 5, emotional: 5}
                pricing:
                  requests:
                    - {date: 2026-10-01, by: procurement, discount: 0.05, status: open}
                exchanges:
                  - {date: 2026-09-01, to: vendor, kind: revenue, amount: %s}
                  - {date: 2026-09-01, to: customer, kind: product, amount: %s}
                """.formatted(received, given));
        LoadedPortfolio loaded = new PlanLoader().load(plans).loaded().orElseThrow();
        PortfolioReview review = loaded.portfolio().review(AS_OF);
        return Jsoup.parse(Renderer.create(Optional.empty())
                .accountHtml(review, review.accounts().get(0), loaded.source("acme")));
    }

    @Test
    void anAccountAlreadyBelowTheBandIsShownTheCutThatWouldReturnIt() throws IOException, RenderException {
        Document page = page("100", "200");

        assertThat(page.select("#discounts h3").text()).isEqualTo("5% requested by procurement on 2026-10-01");
        assertThat(page.select("#discounts article p").first().text())
                .isEqualTo("Balance -0.33 (vendor over-investing) → -0.36 (vendor over-investing).");
        assertThat(page.select("#discounts article > p").get(1).text()).isEqualTo(
                "To return to the band edge the vendor would stop giving GBP 58, 28.8% of what it gives:");
        assertThat(page.select("#discounts table tbody tr").eachText()).containsExactly("product GBP 58");
        assertThat(page.select("#discounts blockquote").text()).startsWith("We already give more than we receive")
                .doesNotContain("within");
    }

    @Test
    void anAccountInTheBandThatStaysThereIsShownNoCut() throws IOException, RenderException {
        Document page = page("100", "110");

        assertThat(page.select("#discounts table")).isEmpty();
        assertThat(page.select("#discounts blockquote").text()).isEqualTo("We can absorb 5%: the balance moves from"
                + " -0.05 to -0.07, still within ±0.20. Ask for something in return all the same.");
    }
}
