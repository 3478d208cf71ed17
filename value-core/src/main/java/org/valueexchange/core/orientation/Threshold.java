package org.valueexchange.core.orientation;

import java.math.BigDecimal;

/**
 * The score from which the customer counts as valuing the vendor highly on an axis.
 *
 * @param value in {@code [0, 10]}; a score {@code >= value} is high
 */
public record Threshold(BigDecimal value) {

    public static final Threshold DEFAULT = new Threshold(BigDecimal.valueOf(5));

    public Threshold {
        Scores.requireScore(value, "threshold");
    }

    public boolean isHigh(BigDecimal score) {
        return score.compareTo(value) >= 0;
    }
}
