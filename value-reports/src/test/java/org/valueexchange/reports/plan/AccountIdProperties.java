package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.valueexchange.core.account.Account;

/**
 * Account ids name files ({@code accounts/ID.html}): two different valid ids never name the
 * same file on a case-insensitive file system (macOS, Windows), whatever Unicode's case
 * rules do (the Kelvin sign lower-cases to k, the long s upper-cases to S, the dotless i to I).
 */
class AccountIdProperties {

    /** The characters a valid id's character may be confused with when case is ignored. */
    private static final Map<Character, String> FOLDS = Map.of('k', "kK\u212A", 's', "sS\u017F", 'i', "iI\u0131\u0130",
            'a', "aA\uFF41\uFF21", 'e', "eE", '0', "0", '.', ".", '-', "-");

    /** Valid ids made of the characters with case variants. */
    private static Gen<String> ids() {
        return SourceDSL.lists().of(Generate.pick(List.copyOf(FOLDS.keySet()))).ofSizeBetween(1, 8)
                .map(cs -> "a" + cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** {@code id} with each character replaced by one of its case variants, picked by {@code seed}. */
    private static String variant(String id, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (char c : id.toCharArray()) {
            String options = FOLDS.getOrDefault(c, String.valueOf(c));
            b.append(options.charAt(random.nextInt(options.length())));
        }
        return b.toString();
    }

    @Test
    void noOtherSpellingOfAValidIdIsValid() {
        qt().forAll(ids(), SourceDSL.longs().all()).checkAssert((id, seed) -> {
            assertThat(valid(id)).isTrue();
            String other = variant(id, seed);
            if (!other.equals(id)) {
                assertThat(valid(other)).as("%s, spelt %s", id, other).isFalse();
            }
        });
    }

    @Test
    void aValidIdIsItsOwnCaseFolding() {
        qt().forAll(ids()).checkAssert(id -> {
            assertThat(id.toLowerCase(Locale.ROOT)).isEqualTo(id);
            assertThat(id.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)).isEqualTo(id);
        });
    }

    @Test
    void idsThatFoldToAValidIdAreNotValidThemselves() {
        for (String id : List.of("Acme", "ACME", "\u212Aelvin", "\u017Fhop", "\u0131nc", "\u0130nc", "stra\u00DFe",
                "\uFF41cme")) {
            assertThat(valid(id)).as(id).isFalse();
        }
    }

    private static boolean valid(String id) {
        return Account.ID.matcher(id).matches();
    }
}
