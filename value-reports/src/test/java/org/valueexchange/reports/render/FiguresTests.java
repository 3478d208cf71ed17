package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTests {

    @Test
    void unitsAreSingularForExactlyOne() {
        assertThat(Figures.units(new BigDecimal("1"))).isEqualTo("1 unit");
        assertThat(Figures.units(new BigDecimal("1.00"))).isEqualTo("1 unit");
        assertThat(Figures.units(new BigDecimal("2"))).isEqualTo("2 units");
        assertThat(Figures.units(new BigDecimal("0.5"))).isEqualTo("0.5 units");
        assertThat(Figures.units(BigDecimal.ZERO)).isEqualTo("0 units");
    }
}
