package org.valueexchange.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The portfolio's overdue actions of one day and account are listed in the order of their plan. */
class OverdueActionProperties {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 1);

    private static OverdueAction at(int objective, int action) {
        return new OverdueAction("acme", "o" + objective, "act-" + objective + "-" + action, "", DUE,
                "/objectives/" + objective + "/actions/" + action);
    }

    @Test
    void actionsOfOneDayAndAccountFollowTheirObjectivesAndActionsAsNumbers() {
        qt().forAll(integers().between(0, 1200), integers().between(0, 1200), integers().between(0, 1200),
                integers().between(0, 1200)).checkAssert((o1, a1, o2, a2) -> {
                    int expected = Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1])
                            .compare(new int[] {o1, a1}, new int[] {o2, a2});
                    assertThat(Integer.signum(OverdueAction.ORDER.compare(at(o1, a1), at(o2, a2))))
                            .isEqualTo(Integer.signum(expected));
                });
    }

    @Test
    void twelveObjectivesAreListedFromTheFirstToTheTwelfth() {
        List<OverdueAction> actions = new ArrayList<>(IntStream.range(0, 12).mapToObj(o -> at(o, 0)).toList());
        java.util.Collections.reverse(actions);

        actions.sort(OverdueAction.ORDER);

        assertThat(actions).extracting(OverdueAction::objective)
                .containsExactly("o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9", "o10", "o11");
    }

    @Test
    void aPointerComesBeforeThoseBelowIt() {
        assertThat(OverdueAction.inDocumentOrder("/objectives/2", "/objectives/2/actions/0")).isNegative();
        assertThat(OverdueAction.inDocumentOrder("/objectives/2/actions/0", "/objectives/2")).isPositive();
        assertThat(OverdueAction.inDocumentOrder("/objectives/10", "/objectives/10")).isZero();
    }
}
