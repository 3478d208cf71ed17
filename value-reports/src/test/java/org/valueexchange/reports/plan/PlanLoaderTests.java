package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.RequestStatus;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.ledger.Granularity;
import org.valueexchange.core.portfolio.Settings;

class PlanLoaderTests {

    @TempDir
    Path dir;

    private static final String NORTHWIND = """
            # accounts/northwind.yaml
            name: Northwind Retail Group
            segment: retail
            owner: Priya Shah
            currency: GBP
            orientation:
              intellectual: 2
              emotional: 1.5
              evidence: ["Buys on price; declined merchandising support"]
            tier: transactional
            sponsors:
              vendor: [{name: A. Chief, role: COO, executive: true}]
              customer: []
            pricing:
              discount: 0.18
              requests:
                - {date: 2026-05-02, by: procurement, discount: 0.05, status: open}
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 120000, note: Spring range}
              - {date: 2026-01-31, to: vendor, kind: revenue, amount: 150000}
              - {date: 2026-03-01, to: vendor, kind: access, units: 2, note: Intro to VP Product}
            reviews:
              - date: 2026-03-31
                notes: |
                  Markdown narrative of the quarterly review.
            """;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private LoadResult load() {
        return new PlanLoader().load(dir);
    }

    private List<String> problems() {
        String prefix = PlanLoader.display(dir) + "/";
        return load().problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
    }

    @Test
    void loadsTheExampleFromTheFormatDocumentation() throws IOException {
        write("value.yaml", "rate_card: {access: 5000}\n");
        write("accounts/northwind.yaml", NORTHWIND);
        LoadResult result = load();
        assertThat(result.problems()).isEmpty();
        Account northwind = result.loaded().orElseThrow().portfolio().accounts().get(0);
        assertThat(northwind.id()).isEqualTo("northwind");
        assertThat(northwind.name()).isEqualTo("Northwind Retail Group");
        assertThat(northwind.orientation().scores().emotional()).isEqualByComparingTo("1.5");
        assertThat(northwind.orientation().evidence()).containsExactly("Buys on price; declined merchandising support");
        assertThat(northwind.tier()).hasValue("transactional");
        assertThat(northwind.sponsors().vendor().get(0).executive()).isTrue();
        assertThat(northwind.pricing().discount()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.18"));
        assertThat(northwind.pricing().requests().get(0).status()).isEqualTo(RequestStatus.OPEN);
        assertThat(northwind.ledger().exchanges()).hasSize(3);
        assertThat(northwind.ledger().exchanges().get(2).direction()).isEqualTo(Direction.TO_VENDOR);
        assertThat(northwind.ledger().totals().receivedByKind().get(Kind.ACCESS)).isEqualByComparingTo("10000");
        assertThat(northwind.ledger().exchanges().get(0).note()).hasValue("Spring range");
        assertThat(northwind.reviews().get(0).notes()).isEqualTo("Markdown narrative of the quarterly review.\n");
    }

    @Test
    void withoutValueYamlTheDefaultsApply() throws IOException {
        write("a.yaml", "name: A\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n");
        Settings settings = load().loaded().orElseThrow().portfolio().settings();
        assertThat(settings.period()).isEqualTo(Granularity.QUARTER);
        assertThat(settings.band().tolerance()).isEqualByComparingTo("0.20");
        assertThat(settings.sustainedPeriods()).isEqualTo(3);
        assertThat(settings.tiers().ids()).containsExactly("transactional", "preferred", "collaborative", "strategic");
        assertThat(settings.currency().getCurrencyCode()).isEqualTo("GBP");
    }

    @Test
    void anEmptyValueYamlOrOneOfCommentsOnlyOrANullMeansTheDefaults() throws IOException {
        write("a.yaml", "name: A\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n");
        for (String settings : List.of("", "\n\n", "# Settings to come: see docs/format.md\n", "---\n# none yet\n",
                "~\n", "null # for now\n", "--- ~\n", "NULL\n")) {
            write("value.yaml", settings);
            LoadResult result = load();
            assertThat(result.problems()).as("value.yaml of %s", settings).isEmpty();
            LoadedPortfolio loaded = result.loaded().orElseThrow();
            assertThat(loaded.portfolio().settings().band().tolerance()).isEqualByComparingTo("0.20");
            assertThat(loaded.portfolio().settings().period()).isEqualTo(Granularity.QUARTER);
            assertThat(loaded.portfolio().accounts()).hasSize(1);
        }
    }

    @Test
    void anEmptyPlanIsStillAProblem() throws IOException {
        write("a.yaml", "# nothing yet\n");
        assertThat(problems()).containsExactly("a.yaml:1:1: the file is empty; expected a mapping of keys to values");
        write("a.yaml", "~\n");
        assertThat(problems()).hasSize(1).allMatch(p -> p.startsWith("a.yaml:1:1: ") && p.contains("found nothing"));
    }

    @Test
    void settingsBelowThePlansFolderAreAProblemNotAPlan() throws IOException {
        write("value.yaml", "period: month\n");
        write("a.yaml", "name: A\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n");
        write("emea/value.yaml", "period: quarter\n");
        assertThat(problems()).singleElement().asString()
                .startsWith("emea/value.yaml:1:1: settings below the plans folder are not read: a portfolio has one"
                        + " value.yaml, in its folder (")
                .contains("value.yaml); move these settings there, or check this folder as a portfolio of its own");
    }

    @Test
    void readsEverySetting() throws IOException {
        write("value.yaml", """
                name: Enterprise accounts
                currency: EUR
                period: month
                equilibrium: {tolerance: 0.1, sustained_periods: 2}
                orientation: {threshold: 6}
                parity: {tolerance: 0.03, min_accounts: 4}
                rate_card: {referral: 20000}
                tiers:
                  - {id: basic}
                  - {id: key, capacity: 1, requires: {quadrants: [partnership], executive_sponsors: true}}
                """);
        Settings s = load().loaded().orElseThrow().portfolio().settings();
        assertThat(s.name()).isEqualTo("Enterprise accounts");
        assertThat(s.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(s.period()).isEqualTo(Granularity.MONTH);
        assertThat(s.band().tolerance()).isEqualByComparingTo("0.1");
        assertThat(s.sustainedPeriods()).isEqualTo(2);
        assertThat(s.threshold().value()).isEqualByComparingTo("6");
        assertThat(s.parity().minAccounts()).isEqualTo(4);
        assertThat(s.rateCard().rate(Kind.REFERRAL)).hasValue(new BigDecimal("20000"));
        assertThat(s.tiers().ids()).containsExactly("basic", "key");
        assertThat(s.tiers().tiers().get(1).requires().executiveSponsors()).isTrue();
    }

    @Test
    void reportsEveryProblemInEveryFileWithLineAndColumn() throws IOException {
        write("a.yaml", """
                name: A
                segment: retail
                orientation: {intellectual: 11, emotional: 1}
                exchanes: []
                """);
        write("b.yaml", """
                name: B
                segment: retail
                orientation: {intellectual: 1, emotional: 1}
                exchanges:
                  - {date: 2026-01-10, to: customr, kind: product, amount: -5}
                """);
        assertThat(problems()).containsExactly(
                "a.yaml:3:29: 'intellectual' must be from 0 to 10, was 11",
                "a.yaml:4:1: unknown key 'exchanes' in an account plan, did you mean 'exchanges'?",
                "b.yaml:5:28: unknown to 'customr', did you mean 'customer'?",
                "b.yaml:5:60: 'amount' must be >= 0, was -5");
        assertThat(load().loaded()).isEmpty();
    }

    @Test
    void theSourceMapPointsAtTheLineBehindAFinding() throws IOException {
        write("accounts/northwind.yaml", NORTHWIND);
        write("value.yaml", "rate_card: {access: 5000}\n");
        PlanSource source = load().loaded().orElseThrow().source("northwind");
        assertThat(source.locate(Optional.of("/pricing/requests/0")).line()).isEqualTo(17);
        assertThat(source.locate(Optional.of("/tier")).line()).isEqualTo(10);
        assertThat(source.locate(Optional.of("/pricing/discount")).line()).isEqualTo(15);
        assertThat(source.locate(Optional.of("/exchanges/99")).line()).isEqualTo(18);
        assertThat(source.locate(Optional.empty())).isEqualTo(Location.startOf(source.path()));
    }

    @Test
    void emptyListsAndSectionsReadAsAbsent() throws IOException {
        write("a.yaml", """
                name: A
                segment: s
                orientation: {intellectual: 1, emotional: 1}
                sponsors:
                  vendor:
                  customer: []
                pricing:
                  requests:
                exchanges:
                reviews:
                """);
        LoadResult result = load();
        assertThat(result.problems()).isEmpty();
        Account a = result.loaded().orElseThrow().portfolio().accounts().get(0);
        assertThat(a.ledger().exchanges()).isEmpty();
        assertThat(a.reviews()).isEmpty();
        assertThat(SchemaAgreementTests.schemaErrors(dir.resolve("a.yaml"))).isEmpty();
    }

    @Test
    void hiddenFoldersAndNonYamlFilesAreLeftOut() throws IOException {
        write("a.yaml", "name: A\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n");
        write(".github/workflows/site.yml", "on: push\n");
        write("notes.md", "# not a plan\n");
        assertThat(load().loaded().orElseThrow().portfolio().accounts()).extracting(Account::id).containsExactly("a");
    }

    @Test
    void accountsComeInPathOrder() throws IOException {
        for (String name : List.of("zeta", "alpha", "mid/beta")) {
            write(name + ".yaml", "name: X\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n");
        }
        assertThat(load().loaded().orElseThrow().portfolio().accounts()).extracting(Account::id)
                .containsExactly("alpha", "mid/beta".substring(4), "zeta");
    }

    @Test
    void aMissingDirectoryIsAProblemNotAnException() {
        LoadResult result = new PlanLoader().load(dir.resolve("nope"));
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("no such directory"));
    }

    @Test
    void settingsAreFoundInTheNearestFolderAbove() throws IOException {
        Path settings = write("value.yaml", "currency: EUR\n");
        Path account = write("accounts/deep/a.yaml", "name: A\nsegment: s\ncurrency: GBP\norientation: {intellectual: 1, emotional: 1}\n");
        assertThat(PlanLoader.settingsFor(account)).isEqualTo(settings.toAbsolutePath());
        LoadResult result = new PlanLoader().load(PlanLoader.settingsFor(account), List.of(account));
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("the plan is in GBP but the portfolio is in EUR"));
    }
    @Test
    void aFileIsAPlanFileExactlyWhenTheListOfPlanFilesHasIt(@TempDir Path tmp) throws IOException {
        Path plans = Files.createDirectories(tmp.resolve("plans"));
        for (String file : List.of("value.yaml", "accounts/a.yaml", "accounts/b.yml", "sub/value.yaml",
                ".hidden/x.yaml", "accounts/.x.yaml", "notes.txt", "d.yaml/inside.yaml")) {
            Files.createDirectories(plans.resolve(file).getParent());
            Files.writeString(plans.resolve(file), "id: x\n");
        }
        Files.createSymbolicLink(plans.resolve("link.yaml"), plans.resolve("accounts/a.yaml"));
        Files.createSymbolicLink(plans.resolve("linked"), plans.resolve("accounts"));
        Files.createSymbolicLink(plans.resolve("dangling.yaml"), plans.resolve("nowhere.yaml"));
        List<Path> candidates = new java.util.ArrayList<>(List.of(plans.resolve("gone.yaml"), plans,
                tmp.resolve("outside.yaml"), plans.resolve("linked/a.yaml")));
        try (var walk = Files.walk(plans)) {
            walk.forEach(candidates::add);
        }
        // The plans folder as given, and through a link to it.
        Path throughLink = Files.createSymbolicLink(tmp.resolve("link-to-plans"), plans);
        for (Path folder : List.of(plans, throughLink)) {
            List<Path> listed = PlanLoader.planFiles(folder);
            assertThat(listed).hasSize(5);
            for (Path candidate : candidates) {
                Path named = candidate.startsWith(plans) && !candidate.equals(plans)
                        ? folder.resolve(plans.relativize(candidate).toString()) : candidate;
                Optional<Path> plan = PlanLoader.planFile(folder, named);
                assertThat(plan.isPresent()).as(named.toString()).isEqualTo(listed.contains(named));
                plan.ifPresent(p -> assertThat(p).isEqualTo(named));
            }
        }
    }
}
