package org.valueexchange.core.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.valueexchange.core.alert.Alert;

/**
 * The analysis of a whole portfolio held in memory: each account's full review, and the
 * overview (summaries and what the portfolio-wide rules found). Immutable.
 */
public final class PortfolioReview {

    private final List<AccountReview> accounts;
    private final PortfolioOverview overview;

    /**
     * @param settings the settings it was analysed with
     * @param asOf     the day findings that depend on time were judged on
     * @param accounts each account's review, in the portfolio's order
     * @param findings what the portfolio-wide rules found
     */
    public PortfolioReview(Settings settings, LocalDate asOf, List<AccountReview> accounts,
                           PortfolioFindings findings) {
        this.accounts = List.copyOf(accounts);
        this.overview = new PortfolioOverview(settings, asOf,
                this.accounts.stream().map(AccountReview::summary).toList(), findings);
    }

    public Settings settings() {
        return overview.settings();
    }

    /** The day findings that depend on time were judged on. */
    public LocalDate asOf() {
        return overview.asOf();
    }

    public List<AccountReview> accounts() {
        return accounts;
    }

    /** The summaries and portfolio-wide findings, without the ledgers. */
    public PortfolioOverview overview() {
        return overview;
    }

    public PortfolioFindings findings() {
        return overview.findings();
    }

    /** Every finding about one account: its own, then the portfolio rules' about it. */
    public List<Alert> alertsFor(String accountId) {
        return overview.alertsFor(accountId);
    }

    /** The findings about the portfolio as a whole. */
    public List<Alert> portfolioAlerts() {
        return overview.portfolioAlerts();
    }

    /** Every finding, account by account, then the portfolio-wide ones. */
    public List<Alert> allAlerts() {
        return overview.allAlerts();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortfolioReview other && accounts.equals(other.accounts)
                && overview.equals(other.overview);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accounts, overview);
    }

    @Override
    public String toString() {
        return "PortfolioReview[" + accounts.size() + " accounts, " + allAlerts().size() + " alerts]";
    }
}
