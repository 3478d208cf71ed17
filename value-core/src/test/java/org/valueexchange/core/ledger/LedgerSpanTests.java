package org.valueexchange.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;

/** A ledger spans a hundred years at most, so that its periods stay countable. */
class LedgerSpanTests {

    private static Exchange on(LocalDate date) {
        return new Exchange(date, Direction.TO_VENDOR, Kind.REVENUE, Quantity.money(BigDecimal.TEN), Optional.empty());
    }

    @Test
    void aHundredYearsToTheDayIsAllowedAndHasTwelveHundredAndOneMonths() {
        LocalDate first = LocalDate.of(1950, 1, 15);
        Ledger ledger = Ledger.of(List.of(on(first), on(first.plusYears(100))));

        assertThat(ledger.byPeriod(Granularity.MONTH)).hasSize(1201);
    }

    @Test
    void aDayMoreIsRefusedWithBothDates() {
        LocalDate first = LocalDate.of(1950, 1, 15);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Ledger.of(List.of(on(first.plusYears(100).plusDays(1)), on(first))))
                .withMessageStartingWith("the exchanges run from 1950-01-15 to 2050-01-16, more than 100 years");
    }
}
