package org.valueexchange.core.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.orientation.Quadrant;
import org.valueexchange.core.orientation.Scores;

class TierTests {

    private static final TierLadder LADDER = TierLadder.defaults();

    @Test
    void supportedTierIsTheHighestWhoseRequirementsHold() {
        assertThat(LADDER.supported(Quadrant.TRANSACTIONAL, true)).map(Tier::id).hasValue("preferred");
        assertThat(LADDER.supported(Quadrant.INTELLECTUAL, false)).map(Tier::id).hasValue("collaborative");
        assertThat(LADDER.supported(Quadrant.PARTNERSHIP, false)).map(Tier::id).hasValue("collaborative");
        assertThat(LADDER.supported(Quadrant.PARTNERSHIP, true)).map(Tier::id).hasValue("strategic");
    }

    @Test
    void declaringAboveTheEvidenceIsOverTieredAndSaysWhy() {
        TierAssessment a = TierAssessment.assess(LADDER, Optional.of("strategic"), Quadrant.INTELLECTUAL, false);
        assertThat(a.overTiered()).isTrue();
        assertThat(a.supported()).map(Tier::id).hasValue("collaborative");
        assertThat(a.unmet()).containsExactly("orientation is intellectual, needs partnership",
                "needs an executive sponsor on both sides");
    }

    @Test
    void declaringAtOrBelowTheEvidenceIsFine() {
        assertThat(TierAssessment.assess(LADDER, Optional.of("preferred"), Quadrant.PARTNERSHIP, true).overTiered())
                .isFalse();
        assertThat(TierAssessment.assess(LADDER, Optional.empty(), Quadrant.TRANSACTIONAL, false).overTiered())
                .isFalse();
    }

    @Test
    void anUnknownDeclaredTierIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TierAssessment.assess(LADDER, Optional.of("gold"), Quadrant.PARTNERSHIP, true))
                .withMessageContaining("tier 'gold' is not one of [transactional, preferred, collaborative, strategic]");
    }

    @Test
    void aLadderNeedsUniqueIdsAndAtLeastOneTier() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TierLadder(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new TierLadder(List.of(Tier.of("a"), Tier.of("a"))))
                .withMessageContaining("appears twice");
        assertThatIllegalArgumentException().isThrownBy(() -> Tier.of("Gold Tier"));
    }

    @Test
    void overCapacityKeepsTheAccountsValuedMostThenClosestToEquilibrium() {
        Scores high = new Scores(BigDecimal.valueOf(9), BigDecimal.valueOf(9));
        Scores lower = new Scores(BigDecimal.valueOf(7), BigDecimal.valueOf(7));
        List<CapacityCandidate> strategic = List.of(
                new CapacityCandidate("c-far", "strategic", high, BalanceIndex.of(BigDecimal.valueOf(10), BigDecimal.valueOf(90))),
                new CapacityCandidate("a-low", "strategic", lower, BalanceIndex.of(BigDecimal.ONE, BigDecimal.ONE)),
                new CapacityCandidate("b-near", "strategic", high, BalanceIndex.of(BigDecimal.valueOf(50), BigDecimal.valueOf(55))));
        TierOccupancy occupancy = Capacity.assess(LADDER, strategic).get(3);
        assertThat(occupancy.tier().capacity()).isEqualTo(OptionalInt.of(2));
        assertThat(occupancy.kept()).containsExactly("b-near", "c-far");
        assertThat(occupancy.over()).containsExactly("a-low");
        assertThat(occupancy.overCapacity()).isTrue();
    }

    @Test
    void declaringATierBelowTheSupportedOneIsNotOverTieredEvenIfItsOwnRequirementsFail() {
        // Regression: a ladder whose lowest tier asks for executive sponsors.
        TierLadder ladder = new TierLadder(List.of(
                new Tier("pilot", OptionalInt.empty(), new Requirements(java.util.Set.of(), true)),
                Tier.of("standard")));
        TierAssessment a = TierAssessment.assess(ladder, Optional.of("pilot"), Quadrant.TRANSACTIONAL, false);
        assertThat(a.supported()).map(Tier::id).hasValue("standard");
        assertThat(a.unmet()).containsExactly("needs an executive sponsor on both sides");
        assertThat(a.overTiered()).isFalse();
    }

    @Test
    void noSupportedTierMeansAnyDeclaredTierIsOverTiered() {
        TierLadder ladder = new TierLadder(List.of(
                new Tier("key", OptionalInt.empty(), new Requirements(java.util.Set.of(Quadrant.PARTNERSHIP), false))));
        assertThat(TierAssessment.assess(ladder, Optional.of("key"), Quadrant.EMOTIONAL, false).overTiered()).isTrue();
    }

    @Test
    void anAccountWithNoEvidenceRanksLastForCapacity() {
        Scores same = new Scores(BigDecimal.valueOf(9), BigDecimal.valueOf(9));
        List<CapacityCandidate> strategic = List.of(
                new CapacityCandidate("a-none", "strategic", same, BalanceIndex.NO_EVIDENCE),
                new CapacityCandidate("b-far", "strategic", same, BalanceIndex.of(BigDecimal.ONE, BigDecimal.valueOf(99))),
                new CapacityCandidate("c-near", "strategic", same, BalanceIndex.of(BigDecimal.ONE, BigDecimal.ONE)));
        TierOccupancy occupancy = Capacity.assess(LADDER, strategic).get(3);
        assertThat(occupancy.kept()).containsExactly("c-near", "b-far");
        assertThat(occupancy.over()).containsExactly("a-none");
    }
}
