package org.valueexchange.core.portfolio;

import java.util.Currency;
import java.util.Objects;
import org.valueexchange.core.balance.Band;
import org.valueexchange.core.exchange.RateCard;
import org.valueexchange.core.freshness.Freshness;
import org.valueexchange.core.ledger.Granularity;
import org.valueexchange.core.orientation.Threshold;
import org.valueexchange.core.parity.ParityRule;
import org.valueexchange.core.tier.TierLadder;

/**
 * Portfolio-wide settings.
 *
 * @param name             the portfolio's name
 * @param currency         the currency every account's plan is in
 * @param period           how ledgers are cut into periods
 * @param band             the equilibrium tolerance
 * @param sustainedPeriods how many latest periods out of band make a sustained imbalance, at least 1
 * @param threshold        the orientation score that counts as high
 * @param parity           the price parity rule
 * @param rateCard         the value of non-monetary units
 * @param tiers            the partnership tiers, lowest first
 * @param freshness        how often reviews and contacts must happen
 */
public record Settings(String name, Currency currency, Granularity period, Band band, int sustainedPeriods,
                       Threshold threshold, ParityRule parity, RateCard rateCard, TierLadder tiers,
                       Freshness freshness) {

    public static final int DEFAULT_SUSTAINED_PERIODS = 3;

    public Settings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(rateCard, "rateCard");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(freshness, "freshness");
        if (sustainedPeriods < 1) {
            throw new IllegalArgumentException("sustained_periods must be >= 1, was " + sustainedPeriods);
        }
    }

    /** Settings with the default freshness. */
    public Settings(String name, Currency currency, Granularity period, Band band, int sustainedPeriods,
                    Threshold threshold, ParityRule parity, RateCard rateCard, TierLadder tiers) {
        this(name, currency, period, band, sustainedPeriods, threshold, parity, rateCard, tiers, Freshness.DEFAULT);
    }

    /**
     * The defaults: quarters, tolerance 0.20 over 3 periods, threshold 5, parity 0.05 over 3
     * accounts, a review every 100 days and a contact every 60.
     */
    public static Settings defaults(Currency currency) {
        return new Settings("Key accounts", currency, Granularity.QUARTER, Band.DEFAULT, DEFAULT_SUSTAINED_PERIODS,
                Threshold.DEFAULT, ParityRule.DEFAULT, RateCard.EMPTY, TierLadder.defaults(), Freshness.DEFAULT);
    }
}
