package org.valueexchange.core.parity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Price parity within one segment.
 *
 * @param segment  the segment
 * @param accounts how many accounts in it give a discount
 * @param median   the median discount, where the segment has enough accounts to compare
 * @param outliers the accounts far from the median, by id
 */
public record SegmentParity(String segment, int accounts, Optional<BigDecimal> median, List<ParityOutlier> outliers) {

    public SegmentParity {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(median, "median");
        outliers = List.copyOf(outliers);
    }

    public boolean compared() {
        return median.isPresent();
    }
}
