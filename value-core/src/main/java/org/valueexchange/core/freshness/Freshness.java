package org.valueexchange.core.freshness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How fresh a plan must be kept: how often the account is reviewed, and how often its
 * influential people hear from the vendor.
 *
 * @param reviewDays  the most days since the last review before the plan is stale, at least 1
 * @param contactDays the most days since the last contact with a high-influence customer
 *                    stakeholder, at least 1
 */
public record Freshness(int reviewDays, int contactDays) {

    public static final int DEFAULT_REVIEW_DAYS = 100;
    public static final int DEFAULT_CONTACT_DAYS = 60;
    public static final Freshness DEFAULT = new Freshness(DEFAULT_REVIEW_DAYS, DEFAULT_CONTACT_DAYS);

    public Freshness {
        if (reviewDays < 1) {
            throw new IllegalArgumentException("review_days must be >= 1, was " + reviewDays);
        }
        if (contactDays < 1) {
            throw new IllegalArgumentException("contact_days must be >= 1, was " + contactDays);
        }
    }

    /** Days from {@code date} to {@code asOf}: negative when {@code date} is after it. */
    public static long daysBetween(LocalDate date, LocalDate asOf) {
        return ChronoUnit.DAYS.between(date, asOf);
    }

    /** Whether a review on {@code last} is more than {@link #reviewDays} before {@code asOf}. */
    public boolean reviewIsStale(LocalDate last, LocalDate asOf) {
        return daysBetween(last, asOf) > reviewDays;
    }

    /** Whether a contact on {@code last} is more than {@link #contactDays} before {@code asOf}. */
    public boolean contactIsStale(LocalDate last, LocalDate asOf) {
        return daysBetween(last, asOf) > contactDays;
    }
}
