package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.Pricing;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.plan.PlanLoader.LoadedAccount;

/** What a site build spills between its passes reads back as the account and source it wrote. */
class PlanCodecProperties {

    private static Gen<PlanSource> sources() {
        // Every UTF-16 unit, lone surrogates included, and characters beyond the first plane.
        Gen<String> text = strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 20);
        Gen<Location> location = integers().between(1, 100_000).zip(integers().between(1, 500),
                integers().between(0, 3), (line, column, other) ->
                        new Location(other == 0 ? "elsewhere.yaml" : "plans/a.yaml", line, column));
        return lists().of(text.zip(location, Map::entry)).ofSizeBetween(0, 30).map(entries -> {
            Map<String, Location> locations = new HashMap<>();
            entries.forEach(e -> locations.put("/" + e.getKey(), e.getValue()));
            return new PlanSource("plans/a.yaml", "a.yaml", locations);
        });
    }

    private static LoadedAccount again(LoadedAccount loaded) {
        return PlanCodec.decode(PlanCodec.encode(loaded));
    }

    @Test
    void anAccountAndItsSourceReadBackEqual() {
        qt().withExamples(500).forAll(RoundTripProperties.account(0), sources()).checkAssert((account, source) -> {
            LoadedAccount loaded = new LoadedAccount(account, source);
            assertThat(again(loaded)).isEqualTo(loaded);
        });
    }

    @Test
    void amountsKeepTheirScaleAndDigitsWhateverTheirSize() {
        List<BigDecimal> amounts = List.of(new BigDecimal("0"), new BigDecimal("0.00"), new BigDecimal("1E+3"),
                new BigDecimal("123456789012345678"), new BigDecimal("1234567890123456789"),
                new BigDecimal("98765432109876543210987654321.123456789"), new BigDecimal(BigInteger.TEN.pow(40), -5),
                BigDecimal.valueOf(Long.MAX_VALUE), new BigDecimal("0.000000000000000000001"));
        for (BigDecimal amount : amounts) {
            Account account = withExchange(amount);
            LoadedAccount loaded = new LoadedAccount(account, new PlanSource("a.yaml", "a.yaml", Map.of()));
            Exchange back = again(loaded).account().ledger().exchanges().get(0);
            assertThat(back.quantity().value()).isEqualTo(amount).hasScaleOf(amount.scale());
        }
    }

    @Test
    void textKeepsEveryCharacterLoneSurrogatesIncluded() {
        Account base = Fixture.load().portfolio().accounts().get(0);
        for (String name : List.of("Ann \ud800", "Ann \udc00", "\udbff\udfff x", "Zürich 東京 \ud83d\ude00", "")) {
            Account named = new Account(base.id(), name.isEmpty() ? base.name() : name, base.segment(), base.owner(),
                    base.currency(), base.orientation(), base.tier(), base.sponsors(), base.pricing(), base.ledger(),
                    base.reviews(), base.stakeholders(), base.objectives());
            LoadedAccount loaded = new LoadedAccount(named,
                    new PlanSource("plans/" + name + ".yaml", name + ".yaml", Map.of("/" + name, Location.startOf(name))));
            assertThat(again(loaded)).isEqualTo(loaded);
            assertThat(again(loaded).account().name()).isEqualTo(named.name());
        }
    }

    @Test
    void theExamplePlansReadBackEqual() {
        PlanLoader.Scan<Boolean> scan = new PlanLoader().scan(Fixture.dir(), (loaded, settings) -> {
            assertThat(again(loaded)).isEqualTo(loaded);
            return true;
        });
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.plans()).isNotEmpty().allSatisfy(plan -> assertThat(plan.kept()).isTrue());
    }

    private static Account withExchange(BigDecimal amount) {
        Account base = Fixture.load().portfolio().accounts().get(0);
        return new Account(base.id(), base.name(), base.segment(), base.owner(), base.currency(), base.orientation(),
                base.tier(), base.sponsors(), Pricing.NONE, new Ledger(List.of(new Exchange(java.time.LocalDate.of(2026, 1, 1),
                Direction.TO_CUSTOMER, Kind.PRODUCT, Quantity.money(amount), Optional.of("n"))),
                base.ledger().rateCard()), base.reviews(), base.stakeholders(), base.objectives());
    }
}
