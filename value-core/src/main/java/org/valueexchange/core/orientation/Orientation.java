package org.valueexchange.core.orientation;

import java.util.List;
import java.util.Objects;

/**
 * The customer's value orientation as the account team sees it.
 *
 * @param scores   the two scores
 * @param evidence what the scores rest on, in the team's words
 */
public record Orientation(Scores scores, List<String> evidence) {

    public Orientation {
        Objects.requireNonNull(scores, "scores");
        evidence = List.copyOf(evidence);
    }

    public Quadrant quadrant(Threshold threshold) {
        return Quadrant.of(scores, threshold);
    }
}
