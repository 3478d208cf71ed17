package org.valueexchange.core.account;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.orientation.Orientation;

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
 * @param reviews     account reviews, in the plan's order
 */
public record Account(String id, String name, String segment, String owner, Currency currency,
                      Orientation orientation, Optional<String> tier, Sponsors sponsors, Pricing pricing,
                      Ledger ledger, List<Review> reviews) {

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
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("account id must be 1 to 64 lower case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit, was '" + id + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("account " + id + " needs a name");
        }
    }
}
