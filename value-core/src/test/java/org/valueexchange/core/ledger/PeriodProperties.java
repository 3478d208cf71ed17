package org.valueexchange.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PeriodProperties {

    private static Gen<Period> periods() {
        return Generate.enumValues(Granularity.class).zip(integers().between(-50_000, 50_000), (g, months) ->
                g.periodOf(LocalDate.of(2000, 1, 1).plusMonths(months)));
    }

    @Test
    void periodsSortByStartThenByLength() {
        Comparator<Period> order = Comparator.comparing(Period::start).thenComparing(Period::granularity);
        qt().forAll(periods(), periods()).checkAssert((a, b) ->
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(order.compare(a, b))));
    }

    @Test
    void aMonthReadsAsYearDashTwoDigitMonth() {
        qt().forAll(integers().between(1, 9999), integers().between(1, 12)).checkAssert((year, month) ->
                assertThat(Granularity.MONTH.periodOf(LocalDate.of(year, month, 1)).label())
                        .isEqualTo(String.format("%d-%02d", year, month)));
    }
}
