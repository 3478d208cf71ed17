package org.valueexchange.core.discount;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.valueexchange.core.balance.Balance;
import org.valueexchange.core.balance.Band;
import org.valueexchange.core.balance.EquilibriumStatus;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.ledger.Totals;

/**
 * What an extra discount would do to a relationship, and what the vendor would have to stop
 * giving to stay in equilibrium: the figures for the conversation with procurement.
 *
 * <p>With R received, G given and a discount {@code d} on revenue:
 * {@code R' = R - d * revenue}; if the balance after the discount falls below the band,
 * the vendor returns to the band edge by giving {@code cut = G - R' (1 + t) / (1 - t)} less.
 *
 * @param discount  the extra discount, in {@code [0, 1]}
 * @param before    the balance without it
 * @param after     the balance with it, giving as before
 * @param cut       what the vendor would stop giving to return to the band edge; 0 if none
 * @param cutShare  {@code cut / G}, in {@code [0, 1]}
 * @param cutByKind the cut split pro rata over the kinds given
 * @param afterCut  the balance with the discount and the cut
 */
public record DiscountScenario(BigDecimal discount, Balance before, Balance after, BigDecimal cut,
                               BigDecimal cutShare, Map<Kind, BigDecimal> cutByKind, Balance afterCut) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    /** What the vendor can sustainably give, rounded down: the cut is never short of the band's edge. */
    private static final MathContext AT_MOST = new MathContext(16, java.math.RoundingMode.DOWN);

    public DiscountScenario {
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(cutShare, "cutShare");
        Objects.requireNonNull(afterCut, "afterCut");
        cutByKind = Collections.unmodifiableMap(new EnumMap<>(cutByKindOrEmpty(cutByKind)));
    }

    /** The scenario of an extra {@code discount} on the revenue in {@code totals}. */
    public static DiscountScenario of(Totals totals, BigDecimal discount, Band band) {
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("discount must be in [0, 1], was " + discount.toPlainString());
        }
        BigDecimal given = totals.given();
        BigDecimal receivedAfter = totals.received().subtract(discount.multiply(totals.revenue()));
        Balance before = Balance.of(totals, band);
        Balance after = Balance.of(receivedAfter, given, band);
        if (after.status() != EquilibriumStatus.VENDOR_OVERINVESTING) {
            return new DiscountScenario(discount, before, after, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), after);
        }
        BigDecimal t = band.tolerance();
        BigDecimal sustainable = receivedAfter.multiply(BigDecimal.ONE.add(t))
                .divide(BigDecimal.ONE.subtract(t), AT_MOST);
        BigDecimal cut = given.subtract(sustainable);
        BigDecimal share = cut.divide(given, PRECISION);
        EnumMap<Kind, BigDecimal> byKind = new EnumMap<>(Kind.class);
        totals.givenByKind().forEach((kind, value) -> byKind.put(kind, value.multiply(share, PRECISION)));
        Balance afterCut = Balance.of(receivedAfter, given.subtract(cut), band);
        return new DiscountScenario(discount, before, after, cut, share, byKind, afterCut);
    }

    /**
     * Whether the discount, with giving unchanged, would push the vendor out of band: out of band
     * after it and not before. (An account already below the band has its own alerts; the cut
     * then says how far it is from the band edge, discount included.)
     */
    public boolean breaksEquilibrium() {
        return cut.signum() > 0 && before.status() != EquilibriumStatus.VENDOR_OVERINVESTING;
    }

    private static Map<Kind, BigDecimal> cutByKindOrEmpty(Map<Kind, BigDecimal> cutByKind) {
        Objects.requireNonNull(cutByKind, "cutByKind");
        return cutByKind.isEmpty() ? new EnumMap<>(Kind.class) : cutByKind;
    }
}
