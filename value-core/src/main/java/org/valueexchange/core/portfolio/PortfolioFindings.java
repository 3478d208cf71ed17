package org.valueexchange.core.portfolio;

import java.util.List;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.parity.SegmentParity;
import org.valueexchange.core.tier.TierOccupancy;

/**
 * What the portfolio-wide rules found.
 *
 * @param tiers          occupancy of every tier, lowest first
 * @param parity         price parity per segment, by name
 * @param alerts         the findings: about one account (parity) or the whole portfolio (capacity)
 * @param overdueActions every account's overdue actions, longest overdue first ({@link OverdueAction#ORDER})
 */
public record PortfolioFindings(List<TierOccupancy> tiers, List<SegmentParity> parity, List<Alert> alerts,
                                List<OverdueAction> overdueActions) {

    public PortfolioFindings {
        tiers = List.copyOf(tiers);
        parity = List.copyOf(parity);
        alerts = List.copyOf(alerts);
        overdueActions = List.copyOf(overdueActions);
    }

    /** Findings without overdue actions. */
    public PortfolioFindings(List<TierOccupancy> tiers, List<SegmentParity> parity, List<Alert> alerts) {
        this(tiers, parity, alerts, List.of());
    }
}
