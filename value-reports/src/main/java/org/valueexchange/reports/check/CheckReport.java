package org.valueexchange.reports.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanSource;

/**
 * What {@code value check} found: each account's review with its alerts placed on the lines of
 * its plan, and the portfolio-wide alerts, placed on the line of the setting behind them where
 * the settings file writes it. Facts only: the writers decide how it reads, and the
 * {@code --fail-on} severity whether it fails.
 *
 * @param asOf      the day findings that depend on time were judged on
 * @param accounts  every account, in the portfolio's order
 * @param portfolio the findings about the portfolio as a whole
 */
public record CheckReport(LocalDate asOf, List<AccountCheck> accounts, List<Finding> portfolio) {

    public CheckReport {
        Objects.requireNonNull(asOf, "asOf");
        accounts = List.copyOf(accounts);
        portfolio = List.copyOf(portfolio);
    }

    /** Reviews {@code loaded} as of {@code asOf} and places every finding in its plan. */
    public static CheckReport of(LoadedPortfolio loaded, LocalDate asOf) {
        PortfolioReview review = loaded.portfolio().review(asOf);
        List<AccountCheck> accounts = new ArrayList<>();
        for (AccountReview account : review.accounts()) {
            PlanSource source = loaded.source(account.id());
            List<Finding> findings = review.alertsFor(account.id()).stream()
                    .map(alert -> new Finding(alert, alert.pointer().map(p -> source.locate(Optional.of(p))),
                            source.message(alert)))
                    .toList();
            accounts.add(new AccountCheck(account, source.path(), findings));
        }
        // A portfolio rule's setting (a tier's capacity) has a line only when value.yaml writes
        // it; with the defaults, the finding is of no file.
        List<Finding> portfolio = review.portfolioAlerts().stream()
                .map(alert -> new Finding(alert,
                        alert.pointer().flatMap(p -> loaded.settings().flatMap(settings -> settings.at(p)))))
                .toList();
        return new CheckReport(asOf, accounts, portfolio);
    }

    /**
     * The reports of several portfolios, checked in one run, as one: their accounts in turn, then
     * their portfolio-wide alerts in turn. All were checked as of the same day.
     */
    public static CheckReport combine(List<CheckReport> reports) {
        if (reports.isEmpty() || reports.stream().anyMatch(r -> !r.asOf().equals(reports.get(0).asOf()))) {
            throw new IllegalArgumentException("combine reports checked as of one day; there were " + reports.size());
        }
        if (reports.size() == 1) {
            return reports.get(0);
        }
        List<AccountCheck> accounts = new ArrayList<>();
        List<Finding> portfolio = new ArrayList<>();
        for (CheckReport report : reports) {
            accounts.addAll(report.accounts());
            portfolio.addAll(report.portfolio());
        }
        return new CheckReport(reports.get(0).asOf(), accounts, portfolio);
    }

    /** The alerts about the portfolio as a whole. */
    public List<Alert> portfolioAlerts() {
        return portfolio.stream().map(Finding::alert).toList();
    }

    /** Every alert: account by account, then the portfolio-wide ones. */
    public List<Alert> alerts() {
        List<Alert> all = new ArrayList<>();
        accounts.forEach(a -> a.findings().forEach(f -> all.add(f.alert())));
        all.addAll(portfolioAlerts());
        return all;
    }

    /** How many alerts are of exactly {@code severity}. */
    public int count(Severity severity) {
        return (int) alerts().stream().filter(a -> a.severity() == severity).count();
    }

    /** How many alerts are at or above {@code failOn}. */
    public int failing(Severity failOn) {
        return (int) alerts().stream().filter(a -> a.severity().isAtLeast(failOn)).count();
    }

    /** One line, e.g. {@code 3 accounts checked: 1 error, 2 warnings, 0 info; failed (1 alert at or above error)}. */
    public String summary(Severity failOn) {
        return TextReport.summary(this, failOn);
    }

    /** Whether any alert is at or above {@code failOn}: the gate closes. */
    public boolean fails(Severity failOn) {
        return failing(failOn) > 0;
    }
}
