package org.valueexchange.core.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;

/**
 * The analysis of a whole portfolio.
 *
 * @param settings the settings it was analysed with
 * @param accounts each account's review, in the portfolio's order
 * @param findings what the portfolio-wide rules found
 */
public record PortfolioReview(Settings settings, List<AccountReview> accounts, PortfolioFindings findings) {

    public PortfolioReview {
        Objects.requireNonNull(settings, "settings");
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(findings, "findings");
    }

    /** Every finding about one account: its own and the portfolio rules' about it. */
    public List<Alert> alertsFor(String accountId) {
        List<Alert> alerts = new ArrayList<>();
        accounts.stream().filter(a -> a.id().equals(accountId)).forEach(a -> alerts.addAll(a.alerts()));
        findings.alerts().stream().filter(a -> a.account().equals(Optional.of(accountId))).forEach(alerts::add);
        return alerts;
    }

    /** The findings about the portfolio as a whole. */
    public List<Alert> portfolioAlerts() {
        return findings.alerts().stream().filter(a -> a.account().isEmpty()).toList();
    }

    /** Every finding, account by account, then the portfolio-wide ones. */
    public List<Alert> allAlerts() {
        List<Alert> all = new ArrayList<>();
        for (AccountReview account : accounts) {
            all.addAll(alertsFor(account.id()));
        }
        all.addAll(portfolioAlerts());
        return all;
    }
}
