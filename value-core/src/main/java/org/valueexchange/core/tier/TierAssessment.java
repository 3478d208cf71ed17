package org.valueexchange.core.tier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.orientation.Quadrant;

/**
 * A declared tier against the evidence.
 *
 * @param declared    the tier the plan declares, if any
 * @param supported   the highest tier the evidence supports, if any
 * @param unmet       what the account lacks for its declared tier, in words
 * @param overTiered  whether the declared tier ranks above the supported one (or none is supported)
 */
public record TierAssessment(Optional<Tier> declared, Optional<Tier> supported, List<String> unmet,
                             boolean overTiered) {

    public TierAssessment {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(supported, "supported");
        unmet = List.copyOf(unmet);
    }

    /** Assesses an account in {@code quadrant}, declared at {@code declaredId} if present. */
    public static TierAssessment assess(TierLadder ladder, Optional<String> declaredId,
                                        Quadrant quadrant, boolean executivesOnBothSides) {
        Optional<Tier> declared = declaredId.map(id -> ladder.find(id).orElseThrow(
                () -> new IllegalArgumentException("tier '" + id + "' is not one of " + ladder.ids())));
        Optional<Tier> supported = ladder.supported(quadrant, executivesOnBothSides);
        List<String> unmet = declared.map(t -> t.requires().unmetBy(quadrant, executivesOnBothSides))
                .orElse(List.of());
        // Ranks, not requirements, decide: on a ladder whose lower tier asks for more than a
        // higher one, declaring the lower tier is not over-tiered.
        boolean over = declared.isPresent() && (supported.isEmpty()
                || ladder.rank(declared.get()) > ladder.rank(supported.get()));
        return new TierAssessment(declared, supported, unmet, over);
    }
}
