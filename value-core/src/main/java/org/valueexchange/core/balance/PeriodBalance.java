package org.valueexchange.core.balance;

import java.util.Objects;
import org.valueexchange.core.ledger.Period;

/** The balance of one period. */
public record PeriodBalance(Period period, Balance balance) {

    public PeriodBalance {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(balance, "balance");
    }

    public EquilibriumStatus status() {
        return balance.status();
    }
}
