package org.valueexchange.core.tier;

import java.util.Objects;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.orientation.Scores;

/**
 * What capacity planning needs to know of an account.
 *
 * @param accountId    unique in the portfolio
 * @param declaredTier the tier it is declared at
 * @param scores       its orientation scores
 * @param balance      its balance index over the whole ledger
 */
public record CapacityCandidate(String accountId, String declaredTier, Scores scores, BalanceIndex balance) {

    public CapacityCandidate {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(declaredTier, "declaredTier");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(balance, "balance");
    }
}
