package org.valueexchange.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountsProperties {

    @Test
    void groupsAsTheJdkFormatterDoes() {
        qt().forAll(longs().all(), integers().between(0, 6)).checkAssert((unscaled, scale) -> {
            BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
            assertThat(Amounts.grouped(amount)).isEqualTo(String.format(Locale.ROOT, "%,d",
                    amount.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact()));
        });
    }

    @Test
    void readsTheEdgesOfAGroup() {
        assertThat(Amounts.grouped(new BigDecimal("0"))).isEqualTo("0");
        assertThat(Amounts.grouped(new BigDecimal("999"))).isEqualTo("999");
        assertThat(Amounts.grouped(new BigDecimal("1000"))).isEqualTo("1,000");
        assertThat(Amounts.grouped(new BigDecimal("-100000"))).isEqualTo("-100,000");
        assertThat(Amounts.grouped(new BigDecimal("-0.4"))).isEqualTo("0");
        assertThat(Amounts.grouped(new BigDecimal("1234567.5"))).isEqualTo("1,234,568");
        assertThat(Amounts.grouped(new BigDecimal("999999999999999999.5"))).isEqualTo("1,000,000,000,000,000,000");
        assertThat(Amounts.grouped(new BigDecimal("-12345678901234567890123.49")))
                .isEqualTo("-12,345,678,901,234,567,890,123");
    }
}
