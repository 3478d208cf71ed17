package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The distance behind "did you mean", computed in three rows, is the one the whole table gives. */
class SuggestionsProperties {

    /** Optimal string alignment distance over the whole table, as textbooks write it. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void distanceInThreeRowsIsTheDistanceOfTheWholeTable() {
        qt().forAll(strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 12),
                        strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 12))
                .checkAssert((a, b) -> assertThat(Suggestions.distance(a, b)).isEqualTo(reference(a, b)));
    }

    @Test
    void aTextFarLongerThanAnyKeyIsNotComparedAtAll() {
        String longKey = "exchanges".repeat(100_000);
        long start = System.nanoTime();
        assertThat(Suggestions.closest(longKey, AccountReader.KEYS)).isEmpty();
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(100_000_000L);
    }
}
