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

    /**
     * Amounts whose balance lies near the band's edge, where two places can read as the other
     * side of it: G, and R = G (1 + t) / (1 - t), the edge itself, moved by a few pence.
     */
    private static org.quicktheories.core.Gen<BigDecimal[]> nearTheEdge() {
        return tolerances().zip(positiveAmounts(), org.quicktheories.generators.SourceDSL.integers().between(-50, 50),
                (t, g, pence) -> {
                    BigDecimal onTheEdge = g.multiply(BigDecimal.ONE.add(t))
                            .divide(BigDecimal.ONE.subtract(t), 2, java.math.RoundingMode.HALF_EVEN);
                    BigDecimal r = onTheEdge.add(BigDecimal.valueOf(pence, 2)).max(BigDecimal.ZERO);
                    return pence % 2 == 0 ? new BigDecimal[] {r, g, t} : new BigDecimal[] {g, r, t};
                });
    }

    @Test
    void aBalanceReadsOnTheSideOfTheBandItsStatusIsWithTheFewestPlacesFromTwo() {
        org.quicktheories.core.Gen<BigDecimal[]> anywhere = amounts().zip(amounts(), tolerances(),
                (r, g, t) -> new BigDecimal[] {r, g, t});
        qt().withExamples(5000).forAll(nearTheEdge().mix(anywhere)).checkAssert(rgt -> {
            Band band = new Band(rgt[2]);
            Balance balance = Balance.of(rgt[0], rgt[1], band);
            String words = balance.indexWords();
            if (!balance.index().hasEvidence()) {
                assertThat(words).isEqualTo("n/a");
                return;
            }
            BigDecimal b = balance.index().value().orElseThrow();
            BigDecimal shown = new BigDecimal(words.startsWith("+") ? words.substring(1) : words);
            assertThat(words.startsWith("+")).isEqualTo(shown.signum() > 0);
            assertThat(shown.scale()).as(words).isGreaterThanOrEqualTo(2);
            // A rounding of the index, half-even, at the places it shows
            assertThat(shown).as(words).isEqualByComparingTo(b.setScale(shown.scale(), java.math.RoundingMode.HALF_EVEN));
            boolean allDigits = shown.compareTo(b) == 0;
            if (!allDigits) {
                assertThat(band.status(new BalanceIndex(java.util.Optional.of(shown)))).as(words).isEqualTo(balance.status());
            }
            if (shown.scale() > 2) {
                // One place fewer would have read as the other side.
                BigDecimal fewer = b.setScale(shown.scale() - 1, java.math.RoundingMode.HALF_EVEN);
                assertThat(band.status(new BalanceIndex(java.util.Optional.of(fewer)))).as(words)
                        .isNotEqualTo(balance.status());
            } else {
                assertThat(words).isEqualTo(balance.index().words());
            }
        });
    }

    @Test
    void aBalanceJustOutOfTheBandReadsOutOfIt() {
        Band band = new Band(new BigDecimal("0.20"));
        // B = (R - G) / (R + G) = -0.2016 for R = 39,920 and G = 60,080: one more place tells it from the edge
        Balance balance = Balance.of(new BigDecimal("39920"), new BigDecimal("60080"), band);
        assertThat(balance.status()).isEqualTo(EquilibriumStatus.VENDOR_OVERINVESTING);
        assertThat(balance.index().words()).isEqualTo("-0.20");
        assertThat(balance.indexWords()).isEqualTo("-0.202");
        Balance inside = Balance.of(new BigDecimal("40020"), new BigDecimal("59980"), band);
        assertThat(inside.status()).isEqualTo(EquilibriumStatus.IN_EQUILIBRIUM);
        assertThat(inside.indexWords()).isEqualTo("-0.20");
    }
}
