package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.reports.check.CheckFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.reports.plan.Problem;

class ValidationTests {

    @TempDir
    Path dir;

    private List<String> problems(Validation validation) {
        String prefix = dir.normalize().toString().replace('\\', '/') + "/";
        return validation.problems().stream().map(Problem::toString).map(p -> p.replace(prefix, "")).toList();
    }

    @Test
    void countsTheAccountsOfEveryPath() throws IOException {
        write(dir, "one/value.yaml", CheckFixtures.VALUE_YAML);
        write(dir, "one/accounts/acme.yaml", CheckFixtures.ACME);
        write(dir, "one/accounts/globex.yaml", CheckFixtures.GLOBEX);
        Path loose = write(dir, "two/umbrella.yaml", CheckFixtures.OVERTIERED);
        Validation validation = Validation.of(List.of(dir.resolve("one"), loose));
        assertThat(validation.ok()).isTrue();
        assertThat(validation.accounts()).isEqualTo(3);
    }

    @Test
    void validatesFilesWithTheirSettingsAndTogether() throws IOException {
        write(dir, "value.yaml", "currency: EUR\n");
        Path a = write(dir, "accounts/a.yaml", "id: same\n" + CheckFixtures.INITECH);
        Path b = write(dir, "accounts/b.yaml", "id: same\n" + CheckFixtures.INITECH);
        Path c = write(dir, "accounts/deeper/c.yaml", "currency: GBP\n" + CheckFixtures.INITECH);
        assertThat(problems(Validation.of(List.of(a, b, c)))).containsExactly(
                "accounts/b.yaml:1:1: account id 'same' is already used by accounts/a.yaml:1:1;"
                        + " give each account its own 'id'",
                "accounts/deeper/c.yaml:1:11: the plan is in GBP but the portfolio is in EUR"
                        + " (set 'currency' in value.yaml, or convert the amounts)");
    }

    @Test
    void reportsAProblemOnceWhenAPathIsGivenTwice() throws IOException {
        write(dir, "a.yaml", "name: A\n");
        Validation validation = Validation.of(List.of(dir, dir));
        assertThat(problems(validation)).containsExactly(
                "a.yaml:1:1: an account plan needs 'orientation'",
                "a.yaml:1:1: an account plan needs 'segment'");
        assertThat(validation.accounts()).isZero();
    }

    @Test
    void validatesSettingsAlone() throws IOException {
        Path settings = write(dir, "value.yaml", CheckFixtures.VALUE_YAML);
        Validation validation = Validation.of(List.of(settings));
        assertThat(validation.ok()).isTrue();
        assertThat(validation.accounts()).isZero();
    }

    @Test
    void missingPathsAndOtherFilesAreProblems() throws IOException {
        Path notes = write(dir, "notes.md", "# Notes\n");
        assertThat(problems(Validation.of(List.of(dir.resolve("gone.yaml"), notes)))).containsExactly(
                "gone.yaml:1:1: no such file or directory",
                "notes.md:1:1: not a plan; expected a plans directory or a .yaml or .yml account plan");
    }
}
