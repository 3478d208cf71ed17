package org.valueexchange.core.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valueexchange.core.alert.Alert;

/**
 * The portfolio at a glance: each account's summary and what the portfolio-wide rules found,
 * without any ledger. It is all that a portfolio index needs, and all that one account's page
 * needs of the others, so a large portfolio can be shown one account at a time. Immutable.
 * Alerts are indexed by account once, so that looking up one account's alerts does not scan
 * the portfolio (a site asks once per account).
 */
public final class PortfolioOverview {

    private final Settings settings;
    private final LocalDate asOf;
    private final List<AccountSummary> accounts;
    private final PortfolioFindings findings;
    private final Map<String, List<Alert>> alertsByAccount;
    private final List<Alert> portfolioAlerts;

    /**
     * @param settings the settings the accounts were analysed with
     * @param asOf     the day findings that depend on time were judged on
     * @param accounts each account's summary, in the portfolio's order
     * @param findings what the portfolio-wide rules found
     */
    public PortfolioOverview(Settings settings, LocalDate asOf, List<AccountSummary> accounts,
                             PortfolioFindings findings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.accounts = List.copyOf(accounts);
        this.findings = Objects.requireNonNull(findings, "findings");
        // Each account's own alerts as they are (an immutable list), copied only to add to.
        Map<String, List<Alert>> byAccount = new HashMap<>(this.accounts.size() * 4 / 3 + 1);
        for (AccountSummary account : this.accounts) {
            byAccount.put(account.id(), account.alerts());
        }
        List<Alert> portfolio = new ArrayList<>();
        for (Alert alert : findings.alerts()) {
            if (alert.account().isPresent()) {
                List<Alert> alerts = new ArrayList<>(byAccount.getOrDefault(alert.account().get(), List.of()));
                alerts.add(alert);
                byAccount.put(alert.account().get(), List.copyOf(alerts));
            } else {
                portfolio.add(alert);
            }
        }
        this.alertsByAccount = java.util.Collections.unmodifiableMap(byAccount);
        this.portfolioAlerts = List.copyOf(portfolio);
    }

    /** Applies the portfolio-wide rules to {@code accounts}, analysed as of {@code asOf}. */
    public static PortfolioOverview of(Settings settings, LocalDate asOf, List<AccountSummary> accounts) {
        return new PortfolioOverview(settings, asOf, accounts, PortfolioRules.apply(settings, accounts));
    }

    public Settings settings() {
        return settings;
    }

    /** The day findings that depend on time were judged on. */
    public LocalDate asOf() {
        return asOf;
    }

    public List<AccountSummary> accounts() {
        return accounts;
    }

    public PortfolioFindings findings() {
        return findings;
    }

    /** Every finding about one account: its own, then the portfolio rules' about it. */
    public List<Alert> alertsFor(String accountId) {
        return alertsByAccount.getOrDefault(accountId, List.of());
    }

    /** The findings about the portfolio as a whole. */
    public List<Alert> portfolioAlerts() {
        return portfolioAlerts;
    }

    /** Every finding, account by account, then the portfolio-wide ones. */
    public List<Alert> allAlerts() {
        List<Alert> all = new ArrayList<>();
        for (AccountSummary account : accounts) {
            all.addAll(alertsFor(account.id()));
        }
        all.addAll(portfolioAlerts);
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortfolioOverview other && settings.equals(other.settings) && asOf.equals(other.asOf)
                && accounts.equals(other.accounts) && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, asOf, accounts, findings);
    }

    @Override
    public String toString() {
        return "PortfolioOverview[" + accounts.size() + " accounts, " + allAlerts().size() + " alerts]";
    }
}
