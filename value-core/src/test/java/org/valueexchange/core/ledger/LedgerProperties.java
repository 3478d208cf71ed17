package org.valueexchange.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.valueexchange.core.Generators.ledgers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.valueexchange.core.exchange.Exchange;

class LedgerProperties {

    @Test
    void totalsDoNotDependOnTheOrderOfExchanges() {
        qt().forAll(ledgers(), SourceDSL.longs().all()).checkAssert((ledger, seed) -> {
            List<Exchange> shuffled = new ArrayList<>(ledger.exchanges());
            Collections.shuffle(shuffled, new Random(seed));
            Ledger other = new Ledger(shuffled, ledger.rateCard());
            assertThat(other.totals()).isEqualTo(ledger.totals());
            assertThat(other.byPeriod(Granularity.QUARTER)).isEqualTo(ledger.byPeriod(Granularity.QUARTER));
        });
    }

    @Test
    void periodTotalsAddUpToTheWhole() {
        qt().forAll(ledgers(), Generate.enumValues(Granularity.class)).checkAssert((ledger, granularity) -> {
            Totals sum = ledger.byPeriod(granularity).values().stream().reduce(Totals.ZERO, Totals::plus);
            Totals whole = ledger.totals();
            assertThat(sum.given()).isEqualByComparingTo(whole.given());
            assertThat(sum.received()).isEqualByComparingTo(whole.received());
            assertThat(sum.givenByKind().keySet()).isEqualTo(whole.givenByKind().keySet());
            sum.givenByKind().forEach((kind, v) -> assertThat(v).isEqualByComparingTo(whole.givenByKind().get(kind)));
            sum.receivedByKind().forEach((kind, v) ->
                    assertThat(v).isEqualByComparingTo(whole.receivedByKind().get(kind)));
        });
    }

    @Test
    void periodsAreConsecutiveAndHoldEveryExchange() {
        qt().forAll(ledgers(), Generate.enumValues(Granularity.class)).checkAssert((ledger, granularity) -> {
            List<Period> periods = List.copyOf(ledger.byPeriod(granularity).keySet());
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i)).isEqualTo(periods.get(i - 1).next());
            }
            for (Exchange e : ledger.exchanges()) {
                assertThat(periods).anySatisfy(p -> assertThat(p.contains(e.date())).isTrue());
            }
        });
    }
}
