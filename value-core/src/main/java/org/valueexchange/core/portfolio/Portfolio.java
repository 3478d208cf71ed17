package org.valueexchange.core.portfolio;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.valueexchange.core.account.Account;

/**
 * The key accounts together, with their settings.
 *
 * @param settings portfolio-wide settings
 * @param accounts ids unique, each in the portfolio's currency, each declared tier on the ladder
 */
public record Portfolio(Settings settings, List<Account> accounts) {

    public Portfolio {
        Objects.requireNonNull(settings, "settings");
        accounts = List.copyOf(accounts);
        Set<String> ids = new HashSet<>();
        for (Account account : accounts) {
            if (!ids.add(account.id())) {
                throw new IllegalArgumentException("account id '" + account.id() + "' appears twice");
            }
            if (!account.currency().equals(settings.currency())) {
                throw new IllegalArgumentException("account " + account.id() + " is in " + account.currency()
                        + ", the portfolio in " + settings.currency());
            }
            account.tier().ifPresent(tier -> {
                if (settings.tiers().find(tier).isEmpty()) {
                    throw new IllegalArgumentException("account " + account.id() + " declares tier '" + tier
                            + "', which is not one of " + settings.tiers().ids());
                }
            });
        }
    }

    /**
     * Analyses every account, in parallel (each analysis is a pure function of one account), then
     * applies the portfolio-wide rules. The result is the same on any number of cores.
     *
     * @param asOf the day that findings depending on time (stale plans and contacts, overdue
     *             actions) are judged on: the caller's "today", so that a review can be repeated
     */
    public PortfolioReview review(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<AccountReview> reviews = accounts.parallelStream()
                .map(a -> AccountAnalysis.analyse(a, settings, asOf)).toList();
        PortfolioFindings findings = PortfolioRules.apply(settings,
                reviews.stream().map(AccountReview::summary).toList());
        return new PortfolioReview(settings, asOf, reviews, findings);
    }
}
