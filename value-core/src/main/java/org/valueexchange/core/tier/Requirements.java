package org.valueexchange.core.tier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.valueexchange.core.orientation.Quadrant;

/**
 * The evidence a tier needs.
 *
 * @param quadrants          the quadrants an account must be in; empty means any
 * @param executiveSponsors  whether an executive sponsor is needed on both sides
 */
public record Requirements(Set<Quadrant> quadrants, boolean executiveSponsors) {

    public static final Requirements NONE = new Requirements(Set.of(), false);

    public Requirements {
        Objects.requireNonNull(quadrants, "quadrants");
        quadrants = quadrants.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(quadrants));
    }

    public boolean heldBy(Quadrant quadrant, boolean executivesOnBothSides) {
        return unmetBy(quadrant, executivesOnBothSides).isEmpty();
    }

    /** What an account in {@code quadrant} lacks for this tier, in words; empty if nothing. */
    public List<String> unmetBy(Quadrant quadrant, boolean executivesOnBothSides) {
        List<String> unmet = new ArrayList<>(2);
        if (!quadrants.isEmpty() && !quadrants.contains(quadrant)) {
            unmet.add("orientation is " + quadrant.id() + ", needs "
                    + quadrants.stream().map(Quadrant::id).collect(Collectors.joining(" or ")));
        }
        if (executiveSponsors && !executivesOnBothSides) {
            unmet.add("needs an executive sponsor on both sides");
        }
        return unmet;
    }
}
