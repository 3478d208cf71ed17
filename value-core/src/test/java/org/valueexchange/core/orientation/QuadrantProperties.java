package org.valueexchange.core.orientation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.valueexchange.core.Generators.scorePairs;
import static org.valueexchange.core.Generators.scores;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuadrantProperties {

    @Test
    void raisingEitherScoreNeverMovesToALowerQuadrant() {
        qt().forAll(scorePairs(), scores(), scores(), scores()).checkAssert((before, raiseI, raiseE, t) -> {
            Threshold threshold = new Threshold(t);
            Scores after = new Scores(before.intellectual().add(raiseI).min(Scores.MAX),
                    before.emotional().add(raiseE).min(Scores.MAX));
            Quadrant from = Quadrant.of(before, threshold);
            Quadrant to = Quadrant.of(after, threshold);
            assertThat(to.covers(from)).as("%s -> %s", from, to).isTrue();
            assertThat(to.rank()).isGreaterThanOrEqualTo(from.rank());
        });
    }

    @Test
    void quadrantAgreesWithTheThresholdOnEachAxis() {
        qt().forAll(scorePairs(), scores()).checkAssert((s, t) -> {
            Quadrant q = Quadrant.of(s, new Threshold(t));
            assertThat(q.covers(Quadrant.INTELLECTUAL)).isEqualTo(s.intellectual().compareTo(t) >= 0);
            assertThat(q.covers(Quadrant.EMOTIONAL)).isEqualTo(s.emotional().compareTo(t) >= 0);
            assertThat(q.covers(Quadrant.TRANSACTIONAL)).isTrue();
            assertThat(q.rank()).isBetween(0, 2);
        });
    }

    @Test
    void scoresOutsideZeroToTenAreRejected() {
        qt().forAll(scores()).checkAssert(s -> {
            BigDecimal tooHigh = s.add(new BigDecimal("10.1"));
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Scores(tooHigh, s));
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Scores(s, s.negate().subtract(new BigDecimal("0.1"))));
        });
    }
}
