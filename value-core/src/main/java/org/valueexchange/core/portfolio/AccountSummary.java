package org.valueexchange.core.portfolio;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.orientation.Scores;

/**
 * The little that the portfolio-wide rules need of an account, so that a large portfolio
 * can be analysed without keeping every ledger in memory.
 *
 * @param id           the account
 * @param segment      its segment
 * @param discount     its effective discount, if known
 * @param scores       its orientation scores
 * @param balance      its balance index over the whole ledger
 * @param declaredTier its declared tier, if any
 */
public record AccountSummary(String id, String segment, Optional<BigDecimal> discount, Scores scores,
                             BalanceIndex balance, Optional<String> declaredTier) {

    public AccountSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(declaredTier, "declaredTier");
    }
}
