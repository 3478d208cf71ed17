package org.valueexchange.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AlertTests {

    @Test
    void aMessageGivesTheLineOfEachValueItQuotes() {
        Message m = new Message().add("Last review ").cite("2026-03-31", "/reviews/3/date")
                .add(" is 238 days old; ").cite("Dana", "/stakeholders/0/name").add(" is quiet.");
        Alert alert = Alert.about("acme", Code.STALE_PLAN, m, "Review it.", Optional.of("/reviews/3/date"));
        assertThat(alert.message()).isEqualTo("Last review 2026-03-31 is 238 days old; Dana is quiet.");
        assertThat(alert.message(p -> p.startsWith("/reviews") ? OptionalInt.of(88) : OptionalInt.empty()))
                .isEqualTo("Last review 2026-03-31 (line 88) is 238 days old; Dana is quiet.");
        assertThat(alert.message(p -> OptionalInt.of(p.length())))
                .isEqualTo("Last review 2026-03-31 (line 15) is 238 days old; Dana (line 20) is quiet.");
    }

    @Test
    void citationsStayWithinTheMessageInOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Alert(Code.STALE_PLAN, Severity.WARNING,
                Optional.empty(), "short", "", Optional.empty(), List.of(new Citation(9, "/a"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Alert(Code.STALE_PLAN, Severity.WARNING,
                Optional.empty(), "short", "", Optional.empty(), List.of(new Citation(3, "/a"), new Citation(1, "/b"))));
    }

    @Test
    void aCitedAlertCarriesTheLinesInItsMessageAndNothingMoreToCite() {
        Message m = new Message().add("Last review ").cite("2026-03-31", "/reviews/3/date").add(" is old.");
        Alert alert = Alert.about("acme", Code.STALE_PLAN, m, "Review it.", Optional.of("/reviews/3/date"));
        Alert cited = alert.cited(p -> OptionalInt.of(88));
        assertThat(cited.message()).isEqualTo("Last review 2026-03-31 (line 88) is old.");
        assertThat(cited.citations()).isEmpty();
        assertThat(cited.message(p -> OptionalInt.of(1))).isEqualTo(cited.message());
        assertThat(cited).usingRecursiveComparison().ignoringFields("message", "citations").isEqualTo(alert);
        Alert plain = Alert.portfolio(Code.STALE_PLAN, "No lines here.", "");
        assertThat(plain.cited(p -> OptionalInt.of(1))).isSameAs(plain);
    }
}
