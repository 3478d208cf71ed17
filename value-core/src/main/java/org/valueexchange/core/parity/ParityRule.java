package org.valueexchange.core.parity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Customers compare prices: within a segment of at least {@code minAccounts}, an account
 * whose discount differs from the segment's median by more than {@code tolerance} is an
 * outlier.
 *
 * @param tolerance   in {@code [0, 1]}
 * @param minAccounts at least 1
 */
public record ParityRule(BigDecimal tolerance, int minAccounts) {

    public static final ParityRule DEFAULT = new ParityRule(new BigDecimal("0.05"), 3);

    public ParityRule {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("parity tolerance must be in [0, 1], was " + tolerance.toPlainString());
        }
        if (minAccounts < 1) {
            throw new IllegalArgumentException("parity min_accounts must be >= 1, was " + minAccounts);
        }
    }

    /** Parity per segment, segments in name order; the result does not depend on the input order. */
    public List<SegmentParity> assess(Collection<PricePoint> prices) {
        Map<String, List<PricePoint>> bySegment = new TreeMap<>();
        for (PricePoint price : prices) {
            bySegment.computeIfAbsent(price.segment(), s -> new ArrayList<>()).add(price);
        }
        List<SegmentParity> result = new ArrayList<>(bySegment.size());
        bySegment.forEach((segment, points) -> result.add(assessSegment(segment, points)));
        return result;
    }

    private SegmentParity assessSegment(String segment, List<PricePoint> points) {
        if (points.size() < minAccounts) {
            return new SegmentParity(segment, points.size(), Optional.empty(), List.of());
        }
        BigDecimal median = median(points.stream().map(PricePoint::discount).sorted().toList());
        // The few outliers sorted, not the whole segment.
        List<ParityOutlier> outliers = points.stream()
                .filter(p -> p.discount().subtract(median).abs().compareTo(tolerance) > 0)
                .sorted(Comparator.comparing(PricePoint::accountId))
                .map(p -> new ParityOutlier(p.accountId(), p.discount(), median, p.discount().subtract(median)))
                .toList();
        return new SegmentParity(segment, points.size(), Optional.of(median), outliers);
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        // Halving a finite decimal is always exact.
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }
}
