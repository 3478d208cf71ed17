package org.valueexchange.core.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.balance.EquilibriumStatus;
import org.valueexchange.core.orientation.Quadrant;
import org.valueexchange.core.orientation.Scores;

/**
 * The little that the portfolio-wide rules and the portfolio's index need of an account, so
 * that a large portfolio can be analysed and shown without keeping every ledger in memory.
 *
 * @param id             the account
 * @param name           the customer's name
 * @param segment        its segment
 * @param discount       its effective discount, if known
 * @param scores         its orientation scores
 * @param quadrant       its orientation quadrant
 * @param balance        its balance index over the whole ledger
 * @param status         its equilibrium status over the whole ledger
 * @param declaredTier   its declared tier, if any
 * @param overTiered     whether the declared tier is above what the evidence supports
 * @param alerts         the findings about the account alone
 * @param lastReview     the date of its latest review, if any
 * @param overdueActions its actions past due and not done, as of the analysis's date
 */
public record AccountSummary(String id, String name, String segment, Optional<BigDecimal> discount, Scores scores,
                             Quadrant quadrant, BalanceIndex balance, EquilibriumStatus status,
                             Optional<String> declaredTier, boolean overTiered, List<Alert> alerts,
                             Optional<LocalDate> lastReview, List<OverdueAction> overdueActions) {

    public AccountSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(quadrant, "quadrant");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(declaredTier, "declaredTier");
        alerts = List.copyOf(alerts);
        Objects.requireNonNull(lastReview, "lastReview");
        overdueActions = List.copyOf(overdueActions);
    }

    /** The same summary with its findings {@link Alert#cited cited}: the lines they quote in their messages. */
    public AccountSummary cited(java.util.function.Function<String, java.util.OptionalInt> lineOf) {
        List<Alert> cited = new java.util.ArrayList<>(alerts.size());
        for (Alert alert : alerts) {
            cited.add(alert.cited(lineOf));
        }
        return cited.equals(alerts) ? this : new AccountSummary(id, name, segment, discount, scores, quadrant, balance,
                status, declaredTier, overTiered, cited, lastReview, overdueActions);
    }
}
