package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.alert.Severity;

/** The index's quick ways give what the plain ways they replaced give. */
class ViewsProperties {

    /** What {@link Views#shortName} was: the words of a regular-expression split. */
    private static String shortNameByRegex(String name) {
        String[] words = name.trim().split("\\s+");
        String label = words[0].length() < 4 && words.length > 1 ? words[0] + " " + words[1] : words[0];
        return label.length() > 16 ? label.substring(0, 15) + "…" : label;
    }

    @Test
    void shortNamesAreTheFirstWordsOfARegularExpressionSplit() {
        // Names of letters and every kind of white space and control character, words short and long.
        Gen<String> names = strings().betweenCodePoints(0, 0x40).ofLengthBetween(0, 30)
                .map(s -> s.replace('0', 'a').replace('1', 'b').replace('2', 'c').replace('3', 'd')
                        .replace('4', 'e').replace('5', 'f').replace('6', 'g').replace('7', 'h'));
        qt().forAll(names).checkAssert(name -> assertThat(Views.shortName(name)).isEqualTo(shortNameByRegex(name)));
        for (String name : List.of("", " ", "Acme", "Acme Corp", "AB Foods Ltd", "  AB \t\u000B Foods ",
                "A\u0001 b", "ab \u0001", "Extraordinarily-long-name Ltd", "\u00a0AB Foods", "AB\u00a0Foods x")) {
            assertThat(Views.shortName(name)).as(name).isEqualTo(shortNameByRegex(name));
        }
    }

    @Test
    void theMostSevereFindingsAreAStableSortBySeverityCutShort() {
        Gen<Alert> alerts = integers().between(0, Code.values().length - 1).zip(integers().between(0, 2),
                integers().between(0, 99), (code, severity, n) -> new Alert(Code.values()[code],
                        Severity.values()[severity], Optional.of("a" + n), "message " + n, "action", Optional.empty()));
        qt().forAll(lists().of(alerts).ofSizeBetween(0, 60), integers().between(0, 70)).checkAssert((all, max) ->
                assertThat(Views.mostSevere(all, max)).containsExactlyElementsOf(all.stream()
                        .sorted(Comparator.comparing((Alert a) -> -a.severity().ordinal())).limit(max).toList()));
    }
}
