package org.valueexchange.core.account;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.orientation.Orientation;
import org.valueexchange.core.stakeholder.StakeholderMap;

/**
 * A key account and its plan.
 *
 * @param id          unique in the portfolio: lower case letters, digits, '-', '_' and '.'
 * @param name        the customer's name
 * @param segment     the market segment its prices are compared within
 * @param owner       the account owner on the vendor's side
 * @param currency    the currency of every amount in the plan
 * @param orientation how the customer values the vendor
 * @param tier        the declared partnership tier, if any
 * @param sponsors    executive sponsors on both sides
 * @param pricing     discount and discount requests
 * @param ledger      what flowed both ways
 * @param reviews      account reviews, in the plan's order
 * @param stakeholders the people who matter to the account
 * @param objectives   what the plan sets out to achieve, in the plan's order; ids unique
 */
public record Account(String id, String name, String segment, String owner, Currency currency,
                      Orientation orientation, Optional<String> tier, Sponsors sponsors, Pricing pricing,
                      Ledger ledger, List<Review> reviews, StakeholderMap stakeholders, List<Objective> objectives) {

    /** Safe as a file name on every common file system, and in a URL. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(sponsors, "sponsors");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(ledger, "ledger");
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(stakeholders, "stakeholders");
        objectives = List.copyOf(objectives);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("account id must be 1 to 64 lower case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit, was '" + id + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("account " + id + " needs a name");
        }
        Set<String> objectiveIds = new HashSet<>();
        for (Objective objective : objectives) {
            if (!objectiveIds.add(objective.id())) {
                throw new IllegalArgumentException("account " + id + " has objective '" + objective.id() + "' twice");
            }
        }
    }

    /** An account without stakeholders or objectives. */
    public Account(String id, String name, String segment, String owner, Currency currency, Orientation orientation,
                   Optional<String> tier, Sponsors sponsors, Pricing pricing, Ledger ledger, List<Review> reviews) {
        this(id, name, segment, owner, currency, orientation, tier, sponsors, pricing, ledger, reviews,
                StakeholderMap.NONE, List.of());
    }

    /** The latest review by date (the first of those on that date), with its position in the plan. */
    public OptionalInt lastReviewIndex() {
        int last = -1;
        for (int i = 0; i < reviews.size(); i++) {
            if (last < 0 || reviews.get(i).date().isAfter(reviews.get(last).date())) {
                last = i;
            }
        }
        return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }

    /** The date of the latest review, if there is one. */
    public Optional<LocalDate> lastReview() {
        OptionalInt last = lastReviewIndex();
        return last.isPresent() ? Optional.of(reviews.get(last.getAsInt()).date()) : Optional.empty();
    }
}
