package org.valueexchange.core.tier;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.valueexchange.core.orientation.Quadrant;

/**
 * The tiers of a portfolio, lowest first.
 *
 * @param tiers at least one, ids unique
 */
public record TierLadder(List<Tier> tiers) {

    public TierLadder {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a tier ladder needs at least one tier");
        }
        Set<String> ids = new HashSet<>();
        for (Tier tier : tiers) {
            if (!ids.add(tier.id())) {
                throw new IllegalArgumentException("tier '" + tier.id() + "' appears twice");
            }
        }
    }

    /**
     * Transactional, preferred, collaborative (any quadrant but transactional), strategic
     * (partnership quadrant, executive sponsors on both sides, at most two accounts).
     */
    public static TierLadder defaults() {
        return new TierLadder(List.of(
                Tier.of("transactional"),
                Tier.of("preferred"),
                new Tier("collaborative", OptionalInt.empty(), new Requirements(
                        Set.of(Quadrant.INTELLECTUAL, Quadrant.EMOTIONAL, Quadrant.PARTNERSHIP), false)),
                new Tier("strategic", OptionalInt.of(2), new Requirements(Set.of(Quadrant.PARTNERSHIP), true))));
    }

    public Optional<Tier> find(String id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The position of a tier, 0 for the lowest. */
    public int rank(Tier tier) {
        int rank = tiers.indexOf(tier);
        if (rank < 0) {
            throw new IllegalArgumentException("tier '" + tier.id() + "' is not on this ladder");
        }
        return rank;
    }

    /** The highest tier whose requirements hold, if any does. */
    public Optional<Tier> supported(Quadrant quadrant, boolean executivesOnBothSides) {
        for (int i = tiers.size() - 1; i >= 0; i--) {
            if (tiers.get(i).requires().heldBy(quadrant, executivesOnBothSides)) {
                return Optional.of(tiers.get(i));
            }
        }
        return Optional.empty();
    }

    public List<String> ids() {
        return tiers.stream().map(Tier::id).toList();
    }
}
