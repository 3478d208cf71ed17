package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.reports.check.CheckFixtures.everyAlert;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.alert.Severity;

class TextReportTests {

    @TempDir
    Path dir;

    @Test
    void groupsAlertsByAccountWithTheirActions() throws IOException {
        String prefix = dir.normalize().toString().replace('\\', '/') + "/";
        String text = CheckFixtures.write(CheckFormat.TEXT, everyAlert(dir), Severity.ERROR).replace(prefix, "");
        assertThat(text).startsWith("""
                acme (accounts/acme.yaml)
                  partnership, balance -0.09 in equilibrium, tier key (evidence supports key)
                  accounts/acme.yaml:8:7: warning: discount-breaks-equilibrium: An extra 30%""");
        assertThat(text).contains("""
                globex (accounts/globex.yaml)
                  partnership, balance -0.50 vendor over-investing, tier key (evidence supports key)
                  accounts/globex.yaml:5:1: error: sustained-imbalance: Vendor over-investing for the last 3 quarters""");
        assertThat(text).contains("""
                initech (accounts/initech.yaml)
                  transactional, balance n/a no evidence, tier none declared (evidence supports key)
                  accounts/initech.yaml:1:1: info: no-evidence: No exchanges are recorded""");
        assertThat(text).contains("\n    action: Agree with the customer what it gives back");
        assertThat(text).contains(
                "\nportfolio\n  value.yaml:5:15: error: tier-over-capacity: 2 accounts are declared key, capacity 1");
        assertThat(text).endsWith(
                "\n3 accounts checked as of 2026-11-24: 2 errors, 1 warning, 1 info; failed (2 alerts at or above error)\n");
    }

    @Test
    void saysWhenTheCheckPasses() throws IOException {
        CheckFixtures.write(dir, "umbrella.yaml", CheckFixtures.OVERTIERED);
        String text = CheckFixtures.write(CheckFormat.TEXT, CheckFixtures.load(dir), Severity.ERROR);
        assertThat(text).endsWith("1 account checked as of 2026-11-24: 0 errors, 1 warning, 0 info; passed (no alert at or above error)\n");
    }

    @Test
    void aNameWithALineBreakStaysOnItsFindingsLine() throws IOException {
        // A high-influence contact not seen for a year: the finding names them.
        CheckFixtures.write(dir, "accounts/acme.yaml", """
                name: Acme
                segment: retail
                orientation: {intellectual: 5, emotional: 5}
                stakeholders:
                  - {name: "Bob\\n::warning file=x.yaml::injected\\u202E", influence: high, stance: champion,
                     last_contact: 2025-06-01}
                """);

        String text = CheckFixtures.write(CheckFormat.TEXT, CheckFixtures.load(dir), Severity.ERROR);

        assertThat(text).contains("stale-contact: ", "Bob\\n::warning file=x.yaml::injected\\u202E");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("::"))
                .noneMatch(line -> line.contains("\u202E"));
    }
}
