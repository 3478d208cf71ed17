package org.valueexchange.core.orientation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much the customer values the vendor, each from 0 to 10.
 *
 * @param intellectual expertise, data, network
 * @param emotional    trust, loyalty
 */
public record Scores(BigDecimal intellectual, BigDecimal emotional) {

    public static final BigDecimal MAX = BigDecimal.TEN;

    public Scores {
        requireScore(intellectual, "intellectual");
        requireScore(emotional, "emotional");
    }

    public BigDecimal total() {
        return intellectual.add(emotional);
    }

    static void requireScore(BigDecimal score, String what) {
        Objects.requireNonNull(score, what);
        if (score.signum() < 0 || score.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(what + " score must be in [0, 10], was " + score.toPlainString());
        }
    }
}
