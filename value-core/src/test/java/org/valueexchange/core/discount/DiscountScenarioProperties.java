package org.valueexchange.core.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.valueexchange.core.Generators.ledgers;
import static org.valueexchange.core.Generators.tolerances;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.valueexchange.core.balance.Band;
import org.valueexchange.core.balance.EquilibriumStatus;

class DiscountScenarioProperties {

    private static final BigDecimal ROUNDING = new BigDecimal("1e-12");

    @Test
    void afterTheCutTheBalanceLiesOnTheBandEdge() {
        qt().forAll(ledgers(), SourceDSL.integers().between(0, 100), tolerances())
                .checkAssert((ledger, percent, tolerance) -> {
                    Band band = new Band(tolerance);
                    DiscountScenario s = DiscountScenario.of(ledger.totals(), BigDecimal.valueOf(percent, 2), band);
                    if (s.after().status() != EquilibriumStatus.VENDOR_OVERINVESTING) {
                        assertThat(s.cut()).isZero();
                        assertThat(s.afterCut()).isEqualTo(s.after());
                        return;
                    }
                    assertThat(s.cut()).isPositive();
                    assertThat(s.cutShare()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                    s.afterCut().index().value().ifPresent(b ->
                            assertThat(b.add(tolerance).abs()).isLessThanOrEqualTo(ROUNDING));
                    // On the edge or just inside it, never outside: the status is decided exactly.
                    assertThat(s.afterCut().status()).isIn(EquilibriumStatus.IN_EQUILIBRIUM, EquilibriumStatus.NO_EVIDENCE);
                    BigDecimal byKind = s.cutByKind().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(byKind.subtract(s.cut()).abs()).isLessThanOrEqualTo(new BigDecimal("1e-6"));
                });
    }

    @Test
    void aLargerDiscountNeverLeavesTheVendorBetterOff() {
        qt().forAll(ledgers(), SourceDSL.integers().between(0, 99), tolerances())
                .checkAssert((ledger, percent, tolerance) -> {
                    Band band = new Band(tolerance);
                    DiscountScenario smaller = DiscountScenario.of(ledger.totals(), BigDecimal.valueOf(percent, 2), band);
                    DiscountScenario larger = DiscountScenario.of(ledger.totals(), BigDecimal.valueOf(percent + 1, 2), band);
                    assertThat(larger.cut()).isGreaterThanOrEqualTo(smaller.cut());
                });
    }
}
