package org.valueexchange.core.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.orientation.Scores;

/**
 * The little that the portfolio-wide rules and the portfolio's index need of an account, so
 * that a large portfolio can be analysed without keeping every ledger in memory.
 *
 * @param id             the account
 * @param segment        its segment
 * @param discount       its effective discount, if known
 * @param scores         its orientation scores
 * @param balance        its balance index over the whole ledger
 * @param declaredTier   its declared tier, if any
 * @param name           the customer's name
 * @param lastReview     the date of its latest review, if any
 * @param overdueActions its actions past due and not done, as of the review's date
 */
public record AccountSummary(String id, String segment, Optional<BigDecimal> discount, Scores scores,
                             BalanceIndex balance, Optional<String> declaredTier, String name,
                             Optional<LocalDate> lastReview, List<OverdueAction> overdueActions) {

    public AccountSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(declaredTier, "declaredTier");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lastReview, "lastReview");
        overdueActions = List.copyOf(overdueActions);
    }

    /** A summary with only what the portfolio rules need: named by its id, no reviews, nothing overdue. */
    public AccountSummary(String id, String segment, Optional<BigDecimal> discount, Scores scores,
                          BalanceIndex balance, Optional<String> declaredTier) {
        this(id, segment, discount, scores, balance, declaredTier, id, Optional.empty(), List.of());
    }
}
