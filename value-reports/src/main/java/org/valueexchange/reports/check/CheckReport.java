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
 * its plan, and the portfolio-wide alerts. Facts only: the writers decide how it reads, and
 * the {@code --fail-on} severity whether it fails.
 *
 * @param asOf            the day findings that depend on time were judged on
 * @param accounts        every account, in the portfolio's order
 * @param portfolioAlerts the alerts about the portfolio as a whole
 */
public record CheckReport(LocalDate asOf, List<AccountCheck> accounts, List<Alert> portfolioAlerts) {

    public CheckReport {
        Objects.requireNonNull(asOf, "asOf");
        accounts = List.copyOf(accounts);
        portfolioAlerts = List.copyOf(portfolioAlerts);
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
        return new CheckReport(asOf, accounts, review.portfolioAlerts());
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
        List<Alert> portfolioAlerts = new ArrayList<>();
        for (CheckReport report : reports) {
            accounts.addAll(report.accounts());
            portfolioAlerts.addAll(report.portfolioAlerts());
        }
        return new CheckReport(reports.get(0).asOf(), accounts, portfolioAlerts);
    }

    /** Every alert: account by account, then the portfolio-wide ones. */
    public List<Alert> alerts() {
        List<Alert> all = new ArrayList<>();
        accounts.forEach(a -> a.findings().forEach(f -> all.add(f.alert())));
        all.addAll(portfolioAlerts);
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
