package org.valueexchange.core.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.valueexchange.core.Generators.amounts;
import static org.valueexchange.core.Generators.scorePairs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.valueexchange.core.balance.BalanceIndex;

class CapacityProperties {

    private static final TierLadder LADDER = TierLadder.defaults();

    /** Accounts a0, a1, ... declared at random tiers, with random scores and balances. */
    private static Gen<List<CapacityCandidate>> candidates() {
        Gen<String> tiers = Generate.pick(LADDER.ids());
        Gen<CapacityCandidate> one = tiers.zip(scorePairs(), amounts(), amounts(),
                (tier, scores, r, g) -> new CapacityCandidate("?", tier, scores, BalanceIndex.of(r, g)));
        return lists().of(one).ofSizeBetween(0, 30).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> new CapacityCandidate("a" + i, list.get(i).declaredTier(), list.get(i).scores(),
                        list.get(i).balance()))
                .toList());
    }

    @Test
    void theKeepListNeverExceedsCapacityAndEveryAccountIsPlaced() {
        qt().forAll(candidates(), integers().between(0, 5)).checkAssert((candidates, capacity) -> {
            TierLadder ladder = new TierLadder(LADDER.tiers().stream()
                    .map(t -> t.capacity().isPresent()
                            ? new Tier(t.id(), java.util.OptionalInt.of(capacity), t.requires()) : t)
                    .toList());
            List<TierOccupancy> occupancies = Capacity.assess(ladder, candidates);
            int placed = 0;
            for (TierOccupancy o : occupancies) {
                o.tier().capacity().ifPresent(c -> assertThat(o.kept()).hasSizeLessThanOrEqualTo(c));
                assertThat(o.overCapacity()).isEqualTo(o.tier().capacity().isPresent()
                        && o.count() > o.tier().capacity().getAsInt());
                placed += o.count();
            }
            assertThat(placed).isEqualTo(candidates.size());
        });
    }

    @Test
    void eachTiersAccountsAreInTheOrderOfStrength() {
        qt().forAll(candidates()).checkAssert(candidates -> {
            for (TierOccupancy o : Capacity.assess(LADDER, candidates)) {
                List<String> all = new ArrayList<>(o.kept());
                all.addAll(o.over());
                assertThat(all).containsExactlyElementsOf(candidates.stream()
                        .filter(c -> c.declaredTier().equals(o.tier().id())).sorted(Capacity.STRENGTH)
                        .map(CapacityCandidate::accountId).toList());
            }
        });
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        qt().forAll(candidates(), longs().all()).checkAssert((candidates, seed) -> {
            List<CapacityCandidate> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(Capacity.assess(LADDER, shuffled)).isEqualTo(Capacity.assess(LADDER, candidates));
        });
    }

    @Test
    void everyKeptAccountIsAtLeastAsStrongAsEveryAccountOverCapacity() {
        qt().forAll(candidates()).checkAssert(candidates -> {
            for (TierOccupancy o : Capacity.assess(LADDER, candidates)) {
                for (String kept : o.kept()) {
                    for (String over : o.over()) {
                        assertThat(Capacity.STRENGTH.compare(find(candidates, kept), find(candidates, over)))
                                .isNegative();
                    }
                }
            }
        });
    }

    @Test
    void theAccountsValuedMostAreKeptThenThoseClosestToEquilibrium() {
        qt().forAll(candidates()).checkAssert(candidates -> {
            for (TierOccupancy o : Capacity.assess(LADDER, candidates)) {
                for (String keptId : o.kept()) {
                    for (String overId : o.over()) {
                        CapacityCandidate kept = find(candidates, keptId);
                        CapacityCandidate over = find(candidates, overId);
                        int byOrientation = kept.scores().total().compareTo(over.scores().total());
                        assertThat(byOrientation).as("%s kept over %s", keptId, overId).isGreaterThanOrEqualTo(0);
                        if (byOrientation == 0 && over.balance().hasEvidence()) {
                            assertThat(kept.balance().value()).hasValueSatisfying(k -> assertThat(k.abs())
                                    .isLessThanOrEqualTo(over.balance().value().orElseThrow().abs()));
                        }
                    }
                }
            }
        });
    }

    private static CapacityCandidate find(List<CapacityCandidate> candidates, String id) {
        return candidates.stream().filter(c -> c.accountId().equals(id)).findFirst().orElseThrow();
    }
}
