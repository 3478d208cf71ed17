package org.valueexchange.core.tier;

import java.util.List;
import java.util.Objects;

/**
 * The accounts declared at a tier, split into those the vendor can keep there and those
 * beyond its capacity.
 *
 * @param tier the tier
 * @param kept the accounts to keep at this tier, strongest first; at most its capacity
 * @param over the accounts beyond capacity, strongest first
 */
public record TierOccupancy(Tier tier, List<String> kept, List<String> over) {

    public TierOccupancy {
        Objects.requireNonNull(tier, "tier");
        kept = List.copyOf(kept);
        over = List.copyOf(over);
        if (tier.capacity().isPresent() && kept.size() > tier.capacity().getAsInt()) {
            throw new IllegalArgumentException("tier " + tier.id() + " keeps " + kept.size()
                    + " accounts, more than its capacity " + tier.capacity().getAsInt());
        }
    }

    public int count() {
        return kept.size() + over.size();
    }

    public boolean overCapacity() {
        return !over.isEmpty();
    }
}
