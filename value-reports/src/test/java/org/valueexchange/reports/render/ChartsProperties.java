package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Chart coordinates read the same whichever way {@link Charts#fmt} takes to them. */
class ChartsProperties {

    @Test
    void coordinatesReadAsTheirDecimalTextRounded() {
        qt().forAll(doubles().between(-1e7, 1e7)).checkAssert(v ->
                assertThat(Charts.fmt(v)).isEqualTo(Charts.fmtExact(v)));
    }

    @Test
    void tiesAndNearTiesRoundAsTheirDecimalTextDoes() {
        // k / 20 is a tie at one decimal place (0.05, 0.15, ...) or a multiple of 0.1; the
        // neighbouring doubles of each are where rounding the double and its text could differ.
        qt().forAll(integers().between(-2_000_000, 2_000_000), integers().between(-3, 3)).checkAssert((k, steps) -> {
            double v = k / 20.0;
            for (int i = 0; i < Math.abs(steps); i++) {
                v = steps > 0 ? Math.nextUp(v) : Math.nextDown(v);
            }
            assertThat(Charts.fmt(v)).isEqualTo(Charts.fmtExact(v));
        });
    }

    @Test
    void readsPlainly() {
        assertThat(Charts.fmt(0)).isEqualTo("0");
        assertThat(Charts.fmt(-0.01)).isEqualTo("0");
        assertThat(Charts.fmt(63.74)).isEqualTo("63.7");
        assertThat(Charts.fmt(-0.5)).isEqualTo("-0.5");
        assertThat(Charts.fmt(600)).isEqualTo("600");
        assertThat(Charts.fmt(1.15)).isEqualTo("1.2");
        assertThat(Charts.fmt(0.25)).isEqualTo("0.2");
    }
}
