package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.portfolio.Portfolio;
import org.valueexchange.core.portfolio.Settings;
import org.valueexchange.reports.Fixture;

/**
 * Any bytes, read as a plan and then as settings: a tree or problems, never an exception;
 * every problem one line at a real place; a plan that loads can be reviewed.
 *
 * <p>In a normal build this replays the inputs in
 * {@code src/test/resources/org/valueexchange/reports/plan/YamlReaderFuzzTestsInputs/} (the
 * seeds, and every crash fuzzing found, kept as a regression test). With
 * {@code JAZZER_FUZZ=1} it fuzzes: {@code JAZZER_FUZZ=1 mvn -pl value-reports test
 * -Dtest=YamlReaderFuzzTests}.
 */
class YamlReaderFuzzTests {

    private static final YamlReader READER = new YamlReader(YamlReader.Limits.DEFAULT);
    private static final Settings DEFAULTS = Settings.defaults(Currency.getInstance("GBP"));

    @FuzzTest(maxDuration = "5m")
    void anyBytesGiveATreeOrProblemsNeverAnException(byte[] bytes) {
        YamlReader.Result result = READER.read(bytes, "fuzz.yaml");
        assertThat(result.root().isPresent()).isEqualTo(result.problems().isEmpty());
        check(result.problems());
        if (result.root().isEmpty()) {
            return;
        }
        Problems settingsProblems = new Problems();
        SettingsReader.read(result.root().get(), settingsProblems);
        check(settingsProblems.sorted());

        Problems problems = new Problems();
        Optional<Account> account = new AccountReader(DEFAULTS, problems).read(result.root().get(), "fuzz");
        check(problems.sorted());
        assertThat(account.isPresent()).isEqualTo(problems.isEmpty());
        if (account.isPresent()) {
            assertThat(new Portfolio(DEFAULTS, List.of(account.get())).review(Fixture.AS_OF).accounts()).hasSize(1);
            assertThat(PlanWriter.write(account.get())).isNotEmpty();
        }
    }

    private static void check(List<Problem> problems) {
        assertThat(problems.size()).isLessThanOrEqualTo(Problems.MAX_PER_FILE + 1);
        for (Problem problem : problems) {
            assertThat(problem.location().path()).isEqualTo("fuzz.yaml");
            assertThat(problem.message()).isNotBlank().doesNotContain("\n", "\r", "\u001b")
                    .doesNotContain("Exception:", "org.yaml.snakeyaml", "com.fasterxml.jackson");
        }
    }
}
