package org.valueexchange.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.exchange.RateCard;

class LedgerTests {

    private static Exchange money(String date, Direction direction, Kind kind, String amount) {
        return new Exchange(LocalDate.parse(date), direction, kind, Quantity.money(new BigDecimal(amount)));
    }

    @Test
    void emptyLedgerHasZeroTotalsAndNoPeriods() {
        Ledger empty = Ledger.of(List.of());
        assertThat(empty.totals().isEmpty()).isTrue();
        assertThat(empty.byPeriod(Granularity.QUARTER)).isEmpty();
        assertThat(empty.lastDate()).isEmpty();
    }

    @Test
    void totalsSplitByDirectionAndKind() {
        Ledger ledger = Ledger.of(List.of(
                money("2026-01-10", Direction.TO_CUSTOMER, Kind.PRODUCT, "120000"),
                money("2026-01-31", Direction.TO_VENDOR, Kind.REVENUE, "150000"),
                money("2026-02-15", Direction.TO_CUSTOMER, Kind.SUPPORT, "5000.50")));
        Totals totals = ledger.totals();
        assertThat(totals.given()).isEqualByComparingTo("125000.50");
        assertThat(totals.received()).isEqualByComparingTo("150000");
        assertThat(totals.revenue()).isEqualByComparingTo("150000");
        assertThat(totals.givenByKind()).containsOnlyKeys(Kind.PRODUCT, Kind.SUPPORT);
    }

    @Test
    void unitsAreValuedByTheRateCard() {
        RateCard rates = new RateCard(Map.of(Kind.ACCESS, new BigDecimal("5000")));
        Ledger ledger = new Ledger(List.of(new Exchange(LocalDate.parse("2026-03-01"), Direction.TO_VENDOR,
                Kind.ACCESS, Quantity.units(new BigDecimal("2")))), rates);
        assertThat(ledger.totals().received()).isEqualByComparingTo("10000");
    }

    @Test
    void unitsWithoutARateAreRejected() {
        Exchange units = new Exchange(LocalDate.parse("2026-03-01"), Direction.TO_VENDOR, Kind.TRUST,
                Quantity.units(BigDecimal.ONE));
        assertThatIllegalArgumentException().isThrownBy(() -> Ledger.of(List.of(units)))
                .withMessageContaining("no rate for trust");
    }

    @Test
    void quietQuartersBetweenExchangesAreKeptEmpty() {
        Ledger ledger = Ledger.of(List.of(
                money("2025-02-01", Direction.TO_VENDOR, Kind.REVENUE, "1"),
                money("2025-11-30", Direction.TO_CUSTOMER, Kind.PRODUCT, "1")));
        var periods = ledger.byPeriod(Granularity.QUARTER);
        assertThat(periods.keySet()).extracting(Period::label)
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(periods.get(Granularity.QUARTER.periodOf(LocalDate.parse("2025-05-05"))).isEmpty()).isTrue();
    }

    @Test
    void periodsHaveLabelsAndBounds() {
        LocalDate date = LocalDate.parse("2026-08-17");
        assertThat(Granularity.MONTH.periodOf(date).label()).isEqualTo("2026-08");
        assertThat(Granularity.QUARTER.periodOf(date).label()).isEqualTo("2026-Q3");
        assertThat(Granularity.YEAR.periodOf(date).label()).isEqualTo("2026");
        Period q4 = Granularity.QUARTER.periodOf(LocalDate.parse("2026-12-31"));
        assertThat(q4.start()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(q4.endExclusive()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(q4.next().label()).isEqualTo("2027-Q1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(Granularity.QUARTER, LocalDate.parse("2026-02-01")));
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.money(new BigDecimal("-1")))
                .withMessageContaining("amount must be >= 0");
    }
}
