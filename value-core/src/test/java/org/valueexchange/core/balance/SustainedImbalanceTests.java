package org.valueexchange.core.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.ledger.Granularity;
import org.valueexchange.core.ledger.Period;

class SustainedImbalanceTests {

    /** One period per pair (received, given), consecutive quarters from 2025-Q1. */
    private static List<PeriodBalance> series(int... receivedGiven) {
        List<PeriodBalance> series = new ArrayList<>();
        Period period = Granularity.QUARTER.periodOf(LocalDate.of(2025, 1, 1));
        for (int i = 0; i < receivedGiven.length; i += 2) {
            series.add(new PeriodBalance(period, Balance.of(BigDecimal.valueOf(receivedGiven[i]),
                    BigDecimal.valueOf(receivedGiven[i + 1]), Band.DEFAULT)));
            period = period.next();
        }
        return series;
    }

    @Test
    void detectsTheLatestPeriodsOverinvestingInARow() {
        var found = SustainedImbalance.detect(series(100, 100, 10, 100, 20, 100, 30, 100), 3);
        assertThat(found).hasValueSatisfying(s -> {
            assertThat(s.side()).isEqualTo(EquilibriumStatus.VENDOR_OVERINVESTING);
            assertThat(s.periods()).extracting(Period::label).containsExactly("2025-Q2", "2025-Q3", "2025-Q4");
        });
    }

    @Test
    void aRecoveredLatestPeriodEndsIt() {
        assertThat(SustainedImbalance.detect(series(10, 100, 20, 100, 30, 100, 100, 100), 3)).isEmpty();
    }

    @Test
    void periodsOutOfBandOnDifferentSidesAreNotSustained() {
        assertThat(SustainedImbalance.detect(series(10, 100, 100, 10, 10, 100), 3)).isEmpty();
    }

    @Test
    void tooFewPeriodsAreNotSustained() {
        assertThat(SustainedImbalance.detect(series(10, 100, 10, 100), 3)).isEmpty();
    }

    @Test
    void anEmptyPeriodHasNoEvidenceAndBreaksTheRun() {
        assertThat(SustainedImbalance.detect(series(10, 100, 0, 0, 10, 100), 3)).isEmpty();
    }

    @Test
    void underservingTheCustomerIsSustainedToo() {
        assertThat(SustainedImbalance.detect(series(100, 10, 100, 10), 2))
                .hasValueSatisfying(s -> assertThat(s.side()).isEqualTo(EquilibriumStatus.CUSTOMER_UNDERSERVED));
    }
}
