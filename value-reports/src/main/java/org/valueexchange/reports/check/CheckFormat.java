package org.valueexchange.reports.check;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.alert.Severity;

/** The formats {@code value check} writes its report in. */
public enum CheckFormat {
    /** For people: grouped by account, a summary line last. */
    TEXT(new TextReport()),
    /** For programs: a stable document, see {@code docs/cli.md}. */
    JSON(new JsonReport()),
    /** For CI servers: one test case per account, a failure per alert at or above the gate. */
    JUNIT(new JUnitReport()),
    /** For GitHub Actions: a workflow command per alert, shown as an annotation on the line. */
    GITHUB(new GitHubReport());

    private final ReportWriter writer;

    CheckFormat(ReportWriter writer) {
        this.writer = writer;
    }

    /** The name used on the command line, e.g. {@code "junit"}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<CheckFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(CheckFormat::id).toList();
    }

    /**
     * Writes {@code report} to {@code out}, which it flushes but does not close.
     *
     * @param failOn the severity from which an alert fails the check
     * @throws IOException only when {@code out} fails
     */
    public void write(CheckReport report, Severity failOn, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(failOn, "failOn");
        writer.write(report, failOn, out);
        out.flush();
    }
}
