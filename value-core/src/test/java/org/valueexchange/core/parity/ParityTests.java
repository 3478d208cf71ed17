package org.valueexchange.core.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParityTests {

    private static PricePoint p(String id, String segment, String discount) {
        return new PricePoint(id, segment, new BigDecimal(discount));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(ParityRule.median(List.of(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.9"))))
                .isEqualByComparingTo("0.2");
        assertThat(ParityRule.median(List.of(new BigDecimal("0.1"), new BigDecimal("0.2"))))
                .isEqualByComparingTo("0.15");
    }

    @Test
    void findsTheAccountFarFromItsSegmentMedian() {
        List<SegmentParity> result = ParityRule.DEFAULT.assess(List.of(
                p("a", "retail", "0.10"), p("b", "retail", "0.12"), p("c", "retail", "0.25"),
                p("d", "retail", "0.11"), p("e", "energy", "0.40")));
        assertThat(result).extracting(SegmentParity::segment).containsExactly("energy", "retail");
        SegmentParity retail = result.get(1);
        assertThat(retail.median()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("0.115"));
        assertThat(retail.outliers()).singleElement().satisfies(o -> {
            assertThat(o.accountId()).isEqualTo("c");
            assertThat(o.deviation()).isEqualByComparingTo("0.135");
        });
    }

    @Test
    void smallSegmentsAreNotCompared() {
        SegmentParity energy = ParityRule.DEFAULT.assess(List.of(p("e", "energy", "0.40"), p("f", "energy", "0.0")))
                .get(0);
        assertThat(energy.compared()).isFalse();
        assertThat(energy.outliers()).isEmpty();
    }

    @Test
    void exactlyAtTheToleranceIsNotAnOutlier() {
        SegmentParity s = ParityRule.DEFAULT.assess(List.of(p("a", "x", "0.10"), p("b", "x", "0.10"),
                p("c", "x", "0.15"))).get(0);
        assertThat(s.outliers()).isEmpty();
    }
}
