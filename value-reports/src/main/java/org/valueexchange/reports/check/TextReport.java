package org.valueexchange.reports.check;

import java.io.IOException;
import java.io.Writer;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.tier.Tier;
import org.valueexchange.reports.plan.OneLine;

/**
 * For people: each account with its quadrant, balance and tier, then its alerts as
 * {@code file:line:column: severity: code: message} with the action below, so that editors
 * and terminals link to the line; then the portfolio's alerts, on the line of the setting
 * behind them where value.yaml writes it; then one summary line, which says the as-of date.
 */
final class TextReport implements ReportWriter {

    @Override
    public void write(CheckReport report, Severity failOn, Writer out) throws IOException {
        for (AccountCheck account : report.accounts()) {
            AccountReview review = account.review();
            out.write(account.id() + " (" + OneLine.of(account.file()) + ")\n");
            out.write("  " + review.quadrant().id()
                    + ", balance " + review.balance().indexWords() + " " + review.balance().status().words()
                    + ", tier " + review.tier().declared().map(Tier::id).orElse("none declared")
                    + " (evidence supports " + review.tier().supported().map(Tier::id).orElse("no tier") + ")\n");
            for (Finding finding : account.findings()) {
                String where = OneLine.of(finding.location().map(Object::toString).orElse(account.file()));
                alert(out, where + ": ", finding.alert(), finding.message());
            }
            out.write("\n");
        }
        if (!report.portfolio().isEmpty()) {
            out.write("portfolio\n");
            for (Finding finding : report.portfolio()) {
                alert(out, finding.location().map(at -> OneLine.of(at.toString()) + ": ").orElse(""), finding.alert(),
                        finding.message());
            }
            out.write("\n");
        }
        out.write(summary(report, failOn) + "\n");
    }

    private static void alert(Writer out, String where, Alert alert, String message) throws IOException {
        // Findings quote names from the plans, which may hold a line break: one line each, so
        // that no name can start a line of its own (a "::error::" a CI runner would obey).
        out.write("  " + where + alert.severity().id() + ": " + alert.code().id() + ": " + OneLine.of(message) + "\n");
        out.write("    action: " + OneLine.of(alert.action()) + "\n");
    }

    /**
     * E.g. {@code 3 accounts checked as of 2026-11-24: 1 error, 2 warnings, 0 info; failed (1 alert at
     * or above error)}.
     */
    static String summary(CheckReport report, Severity failOn) {
        int accounts = report.accounts().size();
        int errors = report.count(Severity.ERROR);
        int warnings = report.count(Severity.WARNING);
        int failing = report.failing(failOn);
        return accounts + (accounts == 1 ? " account" : " accounts") + " checked as of " + report.asOf() + ": "
                + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + report.count(Severity.INFO) + " info; "
                + (failing == 0
                        ? "passed (no alert at or above " + failOn.id() + ")"
                        : "failed (" + failing + (failing == 1 ? " alert" : " alerts") + " at or above " + failOn.id() + ")");
    }
}
