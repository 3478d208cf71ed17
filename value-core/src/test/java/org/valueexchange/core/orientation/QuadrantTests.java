package org.valueexchange.core.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuadrantTests {

    private static Quadrant quadrant(String intellectual, String emotional) {
        return Quadrant.of(new Scores(new BigDecimal(intellectual), new BigDecimal(emotional)), Threshold.DEFAULT);
    }

    @Test
    void placesEachCombinationInItsQuadrant() {
        assertThat(quadrant("2", "1.5")).isEqualTo(Quadrant.TRANSACTIONAL);
        assertThat(quadrant("8", "3")).isEqualTo(Quadrant.INTELLECTUAL);
        assertThat(quadrant("3", "8")).isEqualTo(Quadrant.EMOTIONAL);
        assertThat(quadrant("8", "9")).isEqualTo(Quadrant.PARTNERSHIP);
    }

    @Test
    void theThresholdItselfCountsAsHigh() {
        assertThat(quadrant("5", "4.9")).isEqualTo(Quadrant.INTELLECTUAL);
        assertThat(quadrant("5", "5")).isEqualTo(Quadrant.PARTNERSHIP);
    }

    @Test
    void intellectualAndEmotionalAreNotOrdered() {
        assertThat(Quadrant.INTELLECTUAL.covers(Quadrant.EMOTIONAL)).isFalse();
        assertThat(Quadrant.EMOTIONAL.covers(Quadrant.INTELLECTUAL)).isFalse();
        assertThat(Quadrant.PARTNERSHIP.covers(Quadrant.EMOTIONAL)).isTrue();
        assertThat(Quadrant.PARTNERSHIP.id()).isEqualTo("partnership");
    }
}
