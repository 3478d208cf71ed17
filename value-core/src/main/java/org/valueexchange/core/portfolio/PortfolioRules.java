package org.valueexchange.core.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.parity.ParityOutlier;
import org.valueexchange.core.parity.PricePoint;
import org.valueexchange.core.parity.SegmentParity;
import org.valueexchange.core.tier.Capacity;
import org.valueexchange.core.tier.CapacityCandidate;
import org.valueexchange.core.tier.TierOccupancy;

/**
 * The second pass: the rules that need every account (tier capacity, price parity), applied
 * to summaries, and the list of overdue actions across the portfolio. The result does not
 * depend on the order of the summaries.
 */
public final class PortfolioRules {

    private PortfolioRules() {
    }

    public static PortfolioFindings apply(Settings settings, Collection<AccountSummary> accounts) {
        // One pass over the summaries for what each rule takes of them.
        List<CapacityCandidate> candidates = new ArrayList<>();
        List<PricePoint> prices = new ArrayList<>();
        List<OverdueAction> overdue = new ArrayList<>();
        for (AccountSummary a : accounts) {
            if (a.declaredTier().isPresent()) {
                candidates.add(new CapacityCandidate(a.id(), a.declaredTier().get(), a.scores(), a.balance()));
            }
            if (a.discount().isPresent()) {
                prices.add(new PricePoint(a.id(), a.segment(), a.discount().get()));
            }
            overdue.addAll(a.overdueActions());
        }
        overdue.sort(OverdueAction.ORDER);
        List<TierOccupancy> tiers = Capacity.assess(settings.tiers(), candidates);
        List<SegmentParity> parity = settings.parity().assess(prices);

        List<Alert> alerts = new ArrayList<>();
        for (TierOccupancy tier : tiers) {
            if (tier.overCapacity()) {
                alerts.add(Alert.portfolio(Code.TIER_OVER_CAPACITY,
                        (tier.count() == 1 ? "1 account is" : tier.count() + " accounts are") + " declared "
                                + tier.tier().id() + ", capacity " + tier.tier().capacity().orElseThrow() + ": "
                                + (tier.kept().isEmpty() ? "keep none"
                                : "keep " + String.join(", ", tier.kept()) + " (valued most, closest to equilibrium)")
                                + "; over capacity: " + String.join(", ", tier.over()) + ".",
                        "Partnering is expensive and most partnerships fail: move " + String.join(", ", tier.over())
                                + " to a lower tier, or raise the capacity only with the investment to match.",
                        // The capacity as the settings write it: tiers are listed lowest first.
                        Optional.of("/tiers/" + settings.tiers().rank(tier.tier()) + "/capacity")));
            }
        }
        String tolerance = Figures.points(settings.parity().tolerance());
        for (SegmentParity segment : parity) {
            for (ParityOutlier outlier : segment.outliers()) {
                alerts.add(Alert.about(outlier.accountId(), Code.PARITY_OUTLIER,
                        "Discount " + Figures.percent(outlier.discount()) + " is "
                                + Figures.points(outlier.deviation().abs())
                                + (outlier.deviation().signum() > 0 ? " above" : " below")
                                + " the " + segment.segment() + " median of " + Figures.percent(outlier.median())
                                + " (" + segment.accounts() + " accounts with a discount, tolerance " + tolerance
                                + ").",
                        outlier.deviation().signum() > 0
                                ? "Customers compare prices: bring the discount back towards the segment norm at the"
                                + " next renewal, or tie it to value the customer gives in return."
                                : "This customer pays well above its peers: make sure it sees the value, or expect"
                                + " pressure on price when it compares notes.",
                        Optional.of("/pricing/discount")));
            }
        }
        return new PortfolioFindings(tiers, parity, alerts, overdue);
    }
}
