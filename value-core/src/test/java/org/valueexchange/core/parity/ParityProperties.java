package org.valueexchange.core.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ParityProperties {

    private static Gen<List<PricePoint>> prices() {
        Gen<String> segments = Generate.pick(List.of("retail", "manufacturing", "healthcare"));
        Gen<BigDecimal> discounts = integers().between(0, 100).map(p -> BigDecimal.valueOf(p, 2));
        Gen<PricePoint> one = segments.zip(discounts, (s, d) -> new PricePoint("?", s, d));
        return lists().of(one).ofSizeBetween(0, 25).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> new PricePoint("a" + i, list.get(i).segment(), list.get(i).discount()))
                .toList());
    }

    @Test
    void outliersDoNotDependOnTheOrderOfAccounts() {
        qt().forAll(prices(), longs().all()).checkAssert((prices, seed) -> {
            List<PricePoint> shuffled = new ArrayList<>(prices);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(ParityRule.DEFAULT.assess(shuffled)).isEqualTo(ParityRule.DEFAULT.assess(prices));
        });
    }

    @Test
    void anOutlierIsExactlyAnAccountBeyondTheToleranceInALargeEnoughSegment() {
        qt().forAll(prices()).checkAssert(prices -> {
            for (SegmentParity segment : ParityRule.DEFAULT.assess(prices)) {
                assertThat(segment.compared()).isEqualTo(segment.accounts() >= 3);
                for (PricePoint p : prices) {
                    if (!p.segment().equals(segment.segment())) {
                        continue;
                    }
                    boolean far = segment.median()
                            .map(m -> p.discount().subtract(m).abs().compareTo(new BigDecimal("0.05")) > 0)
                            .orElse(false);
                    assertThat(segment.outliers()).extracting(ParityOutlier::accountId)
                            .as("account %s", p.accountId())
                            .matches(ids -> ids.contains(p.accountId()) == far);
                }
            }
        });
    }
}
