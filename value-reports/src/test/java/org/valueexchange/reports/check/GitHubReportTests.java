package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.reports.check.CheckFixtures.everyAlert;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.reports.plan.Location;
import org.valueexchange.reports.plan.Problem;

class GitHubReportTests {

    @TempDir
    Path dir;

    private List<String> lines(Severity failOn) throws IOException {
        String prefix = dir.normalize().toString().replace('\\', '/') + "/";
        return CheckFixtures.write(CheckFormat.GITHUB, everyAlert(dir), failOn)
                .replace(prefix, "").lines().toList();
    }

    @Test
    void annotatesTheLineBehindEachAlertAtItsOwnSeverity() throws IOException {
        List<String> lines = lines(Severity.ERROR);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith(
                "::warning file=accounts/acme.yaml,line=8,col=7,title=discount-breaks-equilibrium::An extra 30%");
        assertThat(lines.get(1)).startsWith(
                "::error file=accounts/globex.yaml,line=5,col=1,title=sustained-imbalance::Vendor over-investing");
        assertThat(lines.get(2)).startsWith(
                "::notice file=accounts/initech.yaml,line=1,col=1,title=no-evidence::No exchanges are recorded");
        // The capacity exceeded, where value.yaml sets it.
        assertThat(lines.get(3)).startsWith(
                "::error file=value.yaml,line=5,col=15,title=tier-over-capacity::2 accounts are declared key");
        assertThat(lines.get(4)).isEqualTo("3 accounts checked as of 2026-11-24: 2 errors, 1 warning, 1 info; "
                + "failed (2 alerts at or above error)");
    }

    @Test
    void putsTheActionOnTheNextLineOfTheAnnotation() throws IOException {
        assertThat(lines(Severity.ERROR).get(1)).contains(".%0AAgree with the customer what it gives back");
    }

    @Test
    void escapesMessagesAsTheRunnerUnescapesThem() throws IOException {
        // In the message only '%', CR and LF are special; ',' and ':' are left alone.
        assertThat(lines(Severity.ERROR).get(0)).contains("requested by Procurement, EMEA: 100%25 <urgent> & co");
    }

    @Test
    void escapesPropertiesMoreStrictly() {
        assertThat(GitHubReport.property("a,b:c%d\r\ne")).isEqualTo("a%2Cb%3Ac%25d%0D%0Ae");
        assertThat(GitHubReport.data("a,b:c%d\r\ne")).isEqualTo("a,b:c%25d%0D%0Ae");
        assertThat(GitHubReport.annotation("error", java.util.Optional.of(new Location("my,plans:x/a.yaml", 3, 7)),
                java.util.Optional.of("t"), "50% off\nnow"))
                .isEqualTo("::error file=my%2Cplans%3Ax/a.yaml,line=3,col=7,title=t::50%25 off%0Anow\n");
    }

    @Test
    void annotatesProblemsAsErrors() throws IOException {
        StringWriter out = new StringWriter();
        ProblemReport.annotations(List.of(new Problem(new Location("a.yaml", 4, 1),
                "unknown key 'exchanes' in an account plan, did you mean 'exchanges'?")), out);
        assertThat(out.toString()).isEqualTo("::error file=a.yaml,line=4,col=1::"
                + "unknown key 'exchanes' in an account plan, did you mean 'exchanges'?\n");
    }
}
