package org.valueexchange.core.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.balance.Balance;
import org.valueexchange.core.balance.PeriodBalance;
import org.valueexchange.core.balance.SustainedImbalance;
import org.valueexchange.core.freshness.Freshness;
import org.valueexchange.core.ledger.Totals;
import org.valueexchange.core.objective.Action;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.orientation.Quadrant;
import org.valueexchange.core.tier.TierAssessment;

/**
 * Everything the analysis found about one account on its own.
 *
 * @param account    the account
 * @param quadrant   its orientation quadrant
 * @param totals     what flowed each way over the whole ledger
 * @param balance    the balance over the whole ledger
 * @param periods    the balance per period, consecutive, oldest first
 * @param sustained  a sustained imbalance over the latest periods, if any
 * @param tier       the declared tier against the evidence
 * @param requests   the scenario of every open discount request
 * @param alerts     the findings about the account alone
 * @param asOf       the day findings that depend on time were judged on
 */
public record AccountReview(Account account, Quadrant quadrant, Totals totals, Balance balance,
                            List<PeriodBalance> periods, Optional<SustainedImbalance> sustained,
                            TierAssessment tier, List<RequestScenario> requests, List<Alert> alerts,
                            LocalDate asOf) {

    public AccountReview {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(quadrant, "quadrant");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(balance, "balance");
        periods = List.copyOf(periods);
        Objects.requireNonNull(sustained, "sustained");
        Objects.requireNonNull(tier, "tier");
        requests = List.copyOf(requests);
        alerts = List.copyOf(alerts);
        Objects.requireNonNull(asOf, "asOf");
    }

    public String id() {
        return account.id();
    }

    public AccountSummary summary() {
        return new AccountSummary(account.id(), account.name(), account.segment(), account.pricing().discount(),
                account.orientation().scores(), quadrant, balance.index(), balance.status(), account.tier(),
                tier.overTiered(), alerts, account.lastReview(), overdueActions());
    }

    /** Days from the latest review to the as-of date; empty when there is no review. */
    public Optional<Long> daysSinceReview() {
        return account.lastReview().map(d -> Freshness.daysBetween(d, asOf));
    }

    /** The account's actions past due and not done, in the plan's order. */
    public List<OverdueAction> overdueActions() {
        List<OverdueAction> overdue = new ArrayList<>();
        List<Objective> objectives = account.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            Objective objective = objectives.get(i);
            for (int j = 0; j < objective.actions().size(); j++) {
                Action action = objective.actions().get(j);
                if (action.isOverdue(asOf)) {
                    overdue.add(new OverdueAction(account.id(), objective.id(), action.what(), action.owner(),
                            action.due().orElseThrow(), "/objectives/" + i + "/actions/" + j));
                }
            }
        }
        return overdue;
    }
}
