package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.balance.Band;
import org.valueexchange.core.balance.EquilibriumStatus;
import org.valueexchange.core.discount.DiscountScenario;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.ledger.Totals;

/**
 * What an account page says to procurement about a discount agrees with where the balance is
 * before and after it, for any ledger and discount.
 */
class DiscountConversationProperties {

    @Test
    void theWordsAgreeWithTheBalanceBeforeAndAfter() {
        qt().forAll(integers().between(0, 200), integers().between(0, 200), integers().between(0, 200),
                integers().between(0, 100)).checkAssert((given, revenue, other, percent) -> {
                    Totals totals = totals(given, revenue, other);
                    DiscountScenario s = DiscountScenario.of(totals, BigDecimal.valueOf(percent, 2), Band.DEFAULT);
                    String said = Views.conversation(s, "Pat", "EUR");
                    EquilibriumStatus before = s.before().status();
                    EquilibriumStatus after = s.after().status();

                    assertThat(said.contains("still within")).as(said)
                            .isEqualTo(before == EquilibriumStatus.IN_EQUILIBRIUM && after == EquilibriumStatus.IN_EQUILIBRIUM);
                    assertThat(said.contains("into the band")).as(said)
                            .isEqualTo(before == EquilibriumStatus.CUSTOMER_UNDERSERVED
                                    && after == EquilibriumStatus.IN_EQUILIBRIUM);
                    assertThat(said.contains("still above the band")).as(said)
                            .isEqualTo(after == EquilibriumStatus.CUSTOMER_UNDERSERVED);
                    assertThat(said.contains("Nothing of value is recorded")).as(said)
                            .isEqualTo(after == EquilibriumStatus.NO_EVIDENCE && s.cut().signum() == 0);
                    // Below the band after the discount: the page names the cut that would return it
                    // to the band's edge, whether the discount took it there or it was there already.
                    assertThat(said.contains("beyond the band")).as(said)
                            .isEqualTo(after == EquilibriumStatus.VENDOR_OVERINVESTING);
                    assertThat(said.contains("would stop giving " + Figures.money(s.cut(), "EUR"))).as(said)
                            .isEqualTo(s.cut().signum() > 0);
                    assertThat(said.startsWith("We already give more than we receive")).as(said)
                            .isEqualTo(before == EquilibriumStatus.VENDOR_OVERINVESTING);
                });
    }

    @Test
    void anAccountAlreadyBelowTheBandIsNotToldItIsWithinIt() {
        // Received 100 (all revenue), gave 200: -0.33 before, and 5% takes it to -0.36. Back to the
        // band edge: 200 - 95 x 1.2 / 0.8 = 57.5 less, 28.75% of 200 (both shown rounded half-even).
        DiscountScenario s = DiscountScenario.of(totals(200, 100, 0), new BigDecimal("0.05"), Band.DEFAULT);

        String said = Views.conversation(s, "Pat", "EUR");

        assertThat(said).isEqualTo("We already give more than we receive: the balance is -0.33, beyond the band of"
                + " ±0.20, and 5% would take it to -0.36. To return to the band edge we would stop giving EUR 58, 28.8%"
                + " of what Pat's organisation receives from us today. What will you give in return?");
    }

    @Test
    void anUnderservedCustomerIsToldTheBalanceStaysAboveTheBand() {
        // Received 300 (all revenue), gave 100: +0.50 before, +0.48 after 5%.
        DiscountScenario s = DiscountScenario.of(totals(100, 300, 0), new BigDecimal("0.05"), Band.DEFAULT);

        assertThat(Views.conversation(s, "Pat", "EUR")).isEqualTo("We can grant 5%: the balance moves from"
                + " +0.50 to +0.48, still above the band of ±0.20, where we receive more than we give. Ask for something"
                + " in return all the same.");
    }

    private static Totals totals(int given, int revenue, int other) {
        Map<Kind, BigDecimal> received = new HashMap<>();
        if (revenue > 0) {
            received.put(Kind.REVENUE, BigDecimal.valueOf(revenue));
        }
        if (other > 0) {
            received.put(Kind.ACCESS, BigDecimal.valueOf(other));
        }
        Map<Kind, BigDecimal> gave = given > 0 ? Map.of(Kind.PRODUCT, BigDecimal.valueOf(given)) : Map.of();
        return new Totals(BigDecimal.valueOf(given), BigDecimal.valueOf(revenue + other), gave, received);
    }
}
