package org.valueexchange.core.tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the accounts declared at each tier to the tier's capacity. When a tier is over
 * capacity, the accounts to keep are those the customer values most (highest orientation
 * total), then those closest to equilibrium (smallest |B|; no evidence last), then by id,
 * so the result never depends on the order the accounts come in.
 */
public final class Capacity {

    /** Strongest first. */
    public static final Comparator<CapacityCandidate> STRENGTH = Comparator.comparing(Ranked::new, Ranked.ORDER);

    private Capacity() {
    }

    /**
     * A candidate with what {@link #STRENGTH} compares: the orientation total (highest first),
     * the distance from equilibrium (smallest first, no evidence last), then the id. Sorting
     * these, not candidates, works each out once rather than at every comparison.
     */
    private record Ranked(CapacityCandidate candidate, BigDecimal total, BigDecimal distance) {

        static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::total, Comparator.reverseOrder())
                .thenComparing(Ranked::distance).thenComparing(r -> r.candidate().accountId());

        Ranked(CapacityCandidate c) {
            this(c, c.scores().total(), c.balance().value().map(BigDecimal::abs).orElse(BigDecimal.TEN));
        }
    }

    /** One occupancy per tier of the ladder, lowest tier first; each tier's accounts in {@link #STRENGTH} order. */
    public static List<TierOccupancy> assess(TierLadder ladder, Collection<CapacityCandidate> candidates) {
        // One pass over the candidates, each put with its tier's.
        Map<String, List<Ranked>> byTier = new HashMap<>();
        for (CapacityCandidate c : candidates) {
            byTier.computeIfAbsent(c.declaredTier(), t -> new ArrayList<>()).add(new Ranked(c));
        }
        List<TierOccupancy> occupancies = new ArrayList<>(ladder.tiers().size());
        for (Tier tier : ladder.tiers()) {
            List<Ranked> declared = byTier.getOrDefault(tier.id(), new ArrayList<>());
            declared.sort(Ranked.ORDER);
            List<String> ranked = declared.stream().map(r -> r.candidate().accountId()).toList();
            int keep = Math.min(ranked.size(), tier.capacity().orElse(Integer.MAX_VALUE));
            occupancies.add(new TierOccupancy(tier, ranked.subList(0, keep), ranked.subList(keep, ranked.size())));
        }
        return occupancies;
    }
}
