package org.valueexchange.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BalanceTests {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void nothingEitherWayIsNoEvidence() {
        Balance balance = Balance.of(BigDecimal.ZERO, BigDecimal.ZERO, Band.DEFAULT);
        assertThat(balance.index().hasEvidence()).isFalse();
        assertThat(balance.status()).isEqualTo(EquilibriumStatus.NO_EVIDENCE);
    }

    @Test
    void onlyReceivingIsPlusOneAndUnderservesTheCustomer() {
        Balance balance = Balance.of(d("100"), BigDecimal.ZERO, Band.DEFAULT);
        assertThat(balance.index().value()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("1"));
        assertThat(balance.status()).isEqualTo(EquilibriumStatus.CUSTOMER_UNDERSERVED);
    }

    @Test
    void onlyGivingIsMinusOneAndOverinvests() {
        Balance balance = Balance.of(BigDecimal.ZERO, d("100"), Band.DEFAULT);
        assertThat(balance.index().value()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("-1"));
        assertThat(balance.status()).isEqualTo(EquilibriumStatus.VENDOR_OVERINVESTING);
    }

    @Test
    void indexFollowsTheFormula() {
        // (150 - 100) / (150 + 100) = 0.2
        assertThat(BalanceIndex.of(d("150"), d("100")).value())
                .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("0.2"));
        // (100 - 300) / 400 = -0.5
        assertThat(BalanceIndex.of(d("100"), d("300")).value())
                .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("-0.5"));
    }

    @Test
    void theBandEdgeIsInEquilibrium() {
        assertThat(Balance.of(d("150"), d("100"), Band.DEFAULT).status()).isEqualTo(EquilibriumStatus.IN_EQUILIBRIUM);
        assertThat(Balance.of(d("100"), d("150"), Band.DEFAULT).status()).isEqualTo(EquilibriumStatus.IN_EQUILIBRIUM);
        assertThat(Balance.of(d("151"), d("100"), Band.DEFAULT).status())
                .isEqualTo(EquilibriumStatus.CUSTOMER_UNDERSERVED);
    }

    @Test
    void zeroToleranceAcceptsOnlyPerfectBalance() {
        Band strict = new Band(BigDecimal.ZERO);
        assertThat(Balance.of(d("100"), d("100"), strict).status()).isEqualTo(EquilibriumStatus.IN_EQUILIBRIUM);
        assertThat(Balance.of(d("100.01"), d("100"), strict).status())
                .isEqualTo(EquilibriumStatus.CUSTOMER_UNDERSERVED);
        assertThat(Balance.of(d("100"), d("100.01"), strict).status())
                .isEqualTo(EquilibriumStatus.VENDOR_OVERINVESTING);
    }

    @Test
    void toleranceMustBeBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Band(BigDecimal.ONE)).withMessageContaining("[0, 1)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Band(d("-0.1")));
    }

    @Test
    void statusesHaveWordsAndIds() {
        assertThat(EquilibriumStatus.VENDOR_OVERINVESTING.id()).isEqualTo("vendor-overinvesting");
        assertThat(EquilibriumStatus.CUSTOMER_UNDERSERVED.words()).isEqualTo("customer underserved");
        assertThat(EquilibriumStatus.NO_EVIDENCE.mirror()).isEqualTo(EquilibriumStatus.NO_EVIDENCE);
    }
}
