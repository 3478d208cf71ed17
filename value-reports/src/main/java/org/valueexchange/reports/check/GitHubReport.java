package org.valueexchange.reports.check;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.reports.plan.Location;

/**
 * GitHub Actions workflow commands, which the runner shows as annotations on the lines of the
 * pull request: {@code ::error file=F,line=L,col=C,title=CODE::message}. Errors are
 * {@code ::error}, warnings {@code ::warning}, information {@code ::notice}; the summary is
 * a plain line for the log.
 */
final class GitHubReport implements ReportWriter {

    @Override
    public void write(CheckReport report, Severity failOn, Writer out) throws IOException {
        for (AccountCheck account : report.accounts()) {
            for (Finding finding : account.findings()) {
                Location at = finding.location().orElse(Location.startOf(account.file()));
                out.write(command(finding.alert(), finding.message(), Optional.of(at)));
            }
        }
        for (Finding finding : report.portfolio()) {
            out.write(command(finding.alert(), finding.message(), finding.location()));
        }
        out.write(TextReport.summary(report, failOn) + "\n");
    }

    private static String command(Alert alert, String message, Optional<Location> at) {
        return annotation(level(alert.severity()), at, Optional.of(alert.code().id()),
                message + "\n" + alert.action());
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** One workflow command line, escaped as the runner unescapes it. */
    static String annotation(String level, Optional<Location> at, Optional<String> title, String message) {
        StringBuilder properties = new StringBuilder();
        at.ifPresent(l -> properties.append("file=").append(property(l.path()))
                .append(",line=").append(l.line())
                .append(",col=").append(l.column()));
        title.ifPresent(t -> properties.append(properties.length() > 0 ? "," : "").append("title=").append(property(t)));
        return "::" + level + (properties.length() > 0 ? " " + properties : "") + "::" + data(message) + "\n";
    }

    /** The message of a command: {@code %}, CR and LF escaped (actions/toolkit {@code escapeData}). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as data, and {@code :} and {@code ,} too (actions/toolkit {@code escapeProperty}). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
