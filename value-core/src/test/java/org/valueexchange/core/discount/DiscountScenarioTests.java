package org.valueexchange.core.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.balance.Band;
import org.valueexchange.core.balance.EquilibriumStatus;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.ledger.Totals;

class DiscountScenarioTests {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Gave 100,000 (75,000 product, 25,000 support); received 90,000, of which 80,000 revenue. */
    private static final Totals TOTALS = new Totals(d("100000"), d("90000"),
            Map.of(Kind.PRODUCT, d("75000"), Kind.SUPPORT, d("25000")),
            Map.of(Kind.REVENUE, d("80000"), Kind.ACCESS, d("10000")));

    @Test
    void aSmallDiscountKeepsEquilibriumAndCutsNothing() {
        DiscountScenario s = DiscountScenario.of(TOTALS, d("0.05"), Band.DEFAULT);
        // R' = 90000 - 4000 = 86000; B' = -14000 / 186000 = -0.075
        assertThat(s.after().received()).isEqualByComparingTo("86000");
        assertThat(s.after().status()).isEqualTo(EquilibriumStatus.IN_EQUILIBRIUM);
        assertThat(s.breaksEquilibrium()).isFalse();
        assertThat(s.cut()).isZero();
        assertThat(s.cutByKind()).isEmpty();
    }

    @Test
    void aLargeDiscountForcesACutWorkedByHand() {
        DiscountScenario s = DiscountScenario.of(TOTALS, d("0.50"), Band.DEFAULT);
        // R' = 90000 - 40000 = 50000; B' = -50000 / 150000 = -0.333...
        assertThat(s.after().status()).isEqualTo(EquilibriumStatus.VENDOR_OVERINVESTING);
        assertThat(s.breaksEquilibrium()).isTrue();
        // cut = 100000 - 50000 * 1.2 / 0.8 = 25000, a quarter of what is given
        assertThat(s.cut()).isEqualByComparingTo("25000");
        assertThat(s.cutShare()).isEqualByComparingTo("0.25");
        assertThat(s.cutByKind().get(Kind.PRODUCT)).isEqualByComparingTo("18750");
        assertThat(s.cutByKind().get(Kind.SUPPORT)).isEqualByComparingTo("6250");
        assertThat(s.afterCut().index().value()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("-0.2"));
    }

    @Test
    void aFullDiscountOnAllRevenueWithNothingElseCutsEverything() {
        Totals revenueOnly = new Totals(d("100"), d("100"), Map.of(Kind.PRODUCT, d("100")), Map.of(Kind.REVENUE, d("100")));
        DiscountScenario s = DiscountScenario.of(revenueOnly, BigDecimal.ONE, Band.DEFAULT);
        assertThat(s.cut()).isEqualByComparingTo("100");
        assertThat(s.afterCut().status()).isEqualTo(EquilibriumStatus.NO_EVIDENCE);
    }

    @Test
    void discountMustBeAShare() {
        assertThatIllegalArgumentException().isThrownBy(() -> DiscountScenario.of(TOTALS, d("1.5"), Band.DEFAULT))
                .withMessageContaining("[0, 1]");
    }

    @Test
    void aDiscountOnAnAccountAlreadyBelowTheBandBreaksNothingNew() {
        // Regression: gave 1,000,000, received 100,000 (B = -0.82); a 0% request was reported as breaking.
        Totals below = new Totals(d("1000000"), d("100000"), Map.of(Kind.PRODUCT, d("1000000")),
                Map.of(Kind.REVENUE, d("100000")));
        DiscountScenario none = DiscountScenario.of(below, BigDecimal.ZERO, Band.DEFAULT);
        assertThat(none.before().status()).isEqualTo(EquilibriumStatus.VENDOR_OVERINVESTING);
        assertThat(none.breaksEquilibrium()).isFalse();
        assertThat(none.cut()).isPositive();
        assertThat(DiscountScenario.of(below, d("0.10"), Band.DEFAULT).breaksEquilibrium()).isFalse();
    }
}
