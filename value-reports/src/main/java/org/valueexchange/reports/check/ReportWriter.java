package org.valueexchange.reports.check;

import java.io.IOException;
import java.io.Writer;
import org.valueexchange.core.alert.Severity;

/** Writes a check report in one format. */
sealed interface ReportWriter permits TextReport, JsonReport, JUnitReport, GitHubReport {

    void write(CheckReport report, Severity failOn, Writer out) throws IOException;
}
