package org.valueexchange.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.valueexchange.core.Generators.amounts;
import static org.valueexchange.core.Generators.ledgers;
import static org.valueexchange.core.Generators.positiveAmounts;
import static org.valueexchange.core.Generators.tolerances;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.ledger.Totals;

class BalanceProperties {

    @Test
    void indexLiesBetweenMinusOneAndOne() {
        qt().forAll(amounts(), amounts()).checkAssert((r, g) ->
                BalanceIndex.of(r, g).value().ifPresent(b ->
                        assertThat(b).isBetween(BigDecimal.ONE.negate(), BigDecimal.ONE)));
    }

    @Test
    void indexOfALedgerLiesBetweenMinusOneAndOne() {
        qt().forAll(ledgers()).checkAssert(ledger -> {
            Totals t = ledger.totals();
            BalanceIndex index = BalanceIndex.of(t.received(), t.given());
            assertThat(index.hasEvidence()).isEqualTo(!t.isEmpty());
            index.value().ifPresent(b -> assertThat(b.abs()).isLessThanOrEqualTo(BigDecimal.ONE));
        });
    }

    @Test
    void anIndexReadsSignedToTwoPlacesAndItsNegationReadsMirrored() {
        qt().forAll(amounts(), amounts()).checkAssert((r, g) -> {
            BalanceIndex index = BalanceIndex.of(r, g);
            String words = index.words();
            if (index.value().isEmpty()) {
                assertThat(words).isEqualTo("n/a");
                return;
            }
            BigDecimal rounded = index.value().get().setScale(2, java.math.RoundingMode.HALF_EVEN);
            assertThat(words).matches("[+-]?[01]\\.\\d\\d");
            assertThat(new BigDecimal(words.startsWith("+") ? words.substring(1) : words)).isEqualTo(rounded);
            assertThat(words.startsWith("+")).isEqualTo(rounded.signum() > 0);
            assertThat(words.startsWith("-")).isEqualTo(rounded.signum() < 0);
            String mirrored = index.negate().words();
            assertThat(mirrored).isEqualTo(rounded.signum() == 0 ? words
                    : (words.startsWith("+") ? "-" : "+") + words.substring(1));
        });
    }

    @Test
    void swappingDirectionsNegatesTheIndexAndMirrorsTheStatus() {
        qt().forAll(ledgers(), tolerances()).checkAssert((ledger, tolerance) -> {
            Band band = new Band(tolerance);
            Ledger swapped = new Ledger(ledger.exchanges().stream().map(Exchange::reversed).toList(),
                    ledger.rateCard());
            Balance before = Balance.of(ledger.totals(), band);
            Balance after = Balance.of(swapped.totals(), band);
            assertThat(after.index()).isEqualTo(before.index().negate());
            assertThat(after.status()).isEqualTo(before.status().mirror());
        });
    }

    @Test
    void scalingEveryAmountByOneFactorKeepsIndexAndStatus() {
        qt().forAll(ledgers(), positiveAmounts(), tolerances()).checkAssert((ledger, factor, tolerance) -> {
            Band band = new Band(tolerance);
            Ledger scaled = new Ledger(ledger.exchanges().stream()
                    .map(e -> new Exchange(e.date(), e.direction(), e.kind(),
                            Quantity.money(ledger.valueOf(e).multiply(factor)), e.note()))
                    .toList(), ledger.rateCard());
            Balance before = Balance.of(ledger.totals(), band);
            Balance after = Balance.of(scaled.totals(), band);
            assertThat(after.index().value().map(BigDecimal::stripTrailingZeros))
                    .isEqualTo(before.index().value().map(BigDecimal::stripTrailingZeros));
            assertThat(after.status()).isEqualTo(before.status());
        });
    }
}
