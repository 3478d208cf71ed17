package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.PlanLoader;

class ProblemReportTests {

    @TempDir
    Path dir;

    @Test
    void writesEachProblemAsCompilersDoAndCountsTheFiles() throws IOException {
        CheckFixtures.write(dir, "a.yaml", """
                name: A
                segment: retail
                orientation: {intellectual: 11, emotional: 1}
                exchanes: []
                """);
        CheckFixtures.write(dir, "b.yaml", "name: B\n");
        LoadResult result = new PlanLoader().load(dir);
        StringWriter out = new StringWriter();
        ProblemReport.lines(result.problems(), out);
        String prefix = dir.normalize().toString().replace('\\', '/') + "/";
        assertThat(out.toString().replace(prefix, "").lines().toList()).containsExactly(
                "a.yaml:3:29: 'intellectual' must be from 0 to 10, was 11",
                "a.yaml:4:1: unknown key 'exchanes' in an account plan, did you mean 'exchanges'?",
                "b.yaml:1:1: an account plan needs 'orientation'",
                "b.yaml:1:1: an account plan needs 'segment'");
        assertThat(ProblemReport.summary(result.problems())).isEqualTo("4 problems in 2 files");
    }

    @Test
    void theSummaryCountsTheProblemsAFileHadTooManyOfToList() throws IOException {
        StringBuilder exchanges = new StringBuilder("name: A\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n"
                + "exchanges:\n");
        for (int i = 0; i < 130; i++) {
            exchanges.append("  - {date: 2026-13-01, direction: to_vendor, kind: revenue, amount: 1}\n");
        }
        CheckFixtures.write(dir, "a.yaml", exchanges.toString());
        List<org.valueexchange.reports.plan.Problem> problems = new PlanLoader().load(dir).problems();
        assertThat(problems).hasSize(101);
        // Three problems an exchange: no 'to', a date that is not one, an unknown key.
        assertThat(problems.get(100).message()).isEqualTo("and 290 more problems in this file, not listed; fix these first");
        assertThat(ProblemReport.summary(problems)).isEqualTo("390 problems in 1 file");
    }

    @Test
    void countsInWords() {
        assertThat(ProblemReport.summary(List.of(new org.valueexchange.reports.plan.Problem(
                org.valueexchange.reports.plan.Location.startOf("a.yaml"), "x")))).isEqualTo("1 problem in 1 file");
        assertThat(ProblemReport.valid(1)).isEqualTo("1 account valid");
        assertThat(ProblemReport.valid(12)).isEqualTo("12 accounts valid");
    }
}
