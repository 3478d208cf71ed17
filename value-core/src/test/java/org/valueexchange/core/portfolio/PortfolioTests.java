package org.valueexchange.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.DiscountRequest;
import org.valueexchange.core.account.Pricing;
import org.valueexchange.core.account.RequestStatus;
import org.valueexchange.core.account.Review;
import org.valueexchange.core.account.Sponsor;
import org.valueexchange.core.account.Sponsors;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.orientation.Orientation;
import org.valueexchange.core.orientation.Scores;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;
import org.valueexchange.core.stakeholder.Stance;

class PortfolioTests {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Settings SETTINGS = Settings.defaults(GBP);
    private static final Sponsors EXECUTIVES = new Sponsors(List.of(new Sponsor("A. Chief", "COO", true)),
            List.of(new Sponsor("B. Boss", "CFO", true)));

    /** Quarterly exchanges from 2025-Q1: one revenue and one product flow per quarter. */
    private static Ledger quarterly(int... receivedGiven) {
        List<Exchange> exchanges = new ArrayList<>();
        LocalDate quarter = LocalDate.of(2025, 1, 15);
        for (int i = 0; i < receivedGiven.length; i += 2) {
            exchanges.add(new Exchange(quarter, Direction.TO_VENDOR, Kind.REVENUE,
                    Quantity.money(BigDecimal.valueOf(receivedGiven[i]))));
            exchanges.add(new Exchange(quarter, Direction.TO_CUSTOMER, Kind.PRODUCT,
                    Quantity.money(BigDecimal.valueOf(receivedGiven[i + 1]))));
            quarter = quarter.plusMonths(3);
        }
        return Ledger.of(exchanges);
    }

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    /** A plan kept well: reviewed a month before the as-of date, a champion and a second thread, both in touch. */
    static final StakeholderMap WELL_KEPT = new StakeholderMap(List.of(
            new Stakeholder("Dana Ruiz", "VP Product", Side.CUSTOMER, Influence.HIGH, Stance.CHAMPION,
                    Optional.empty(), Optional.of(AS_OF.minusDays(10)), Optional.empty()),
            new Stakeholder("Sam Chen", "Buyer", Side.CUSTOMER, Influence.MEDIUM, Stance.NEUTRAL,
                    Optional.empty(), Optional.empty(), Optional.of("Dana Ruiz"))));

    private static Account account(String id, String segment, String tier, double intellectual, double emotional,
                                   Sponsors sponsors, String discount, List<DiscountRequest> requests, Ledger ledger) {
        return new Account(id, id.toUpperCase(), segment, "Owner", GBP,
                new Orientation(new Scores(BigDecimal.valueOf(intellectual), BigDecimal.valueOf(emotional)), List.of()),
                Optional.of(tier), sponsors, new Pricing(Optional.of(new BigDecimal(discount)), requests), ledger,
                List.of(new Review(AS_OF.minusDays(30), "")), WELL_KEPT, List.of());
    }

    private static Portfolio portfolio() {
        Ledger balanced = quarterly(100, 100, 100, 100, 100, 100);
        return new Portfolio(SETTINGS, List.of(
                account("spiral", "retail", "preferred", 3, 3, Sponsors.NONE, "0.10", List.of(),
                        quarterly(100, 100, 50, 100, 40, 100, 30, 100)),
                account("haggler", "retail", "transactional", 2, 1, Sponsors.NONE, "0.30",
                        List.of(new DiscountRequest(LocalDate.of(2025, 6, 1), "procurement", new BigDecimal("0.40"),
                                RequestStatus.OPEN),
                                new DiscountRequest(LocalDate.of(2025, 3, 1), "procurement", new BigDecimal("0.90"),
                                        RequestStatus.REJECTED)),
                        balanced),
                account("steady", "retail", "preferred", 4, 4, Sponsors.NONE, "0.11", List.of(), balanced),
                account("partner-a", "manufacturing", "strategic", 9, 9, EXECUTIVES, "0.10", List.of(), balanced),
                account("partner-b", "manufacturing", "strategic", 8, 8, EXECUTIVES, "0.10", List.of(), balanced),
                account("pretender", "manufacturing", "strategic", 6, 2, Sponsors.NONE, "0.10", List.of(), balanced)));
    }

    private static List<Code> codes(List<Alert> alerts) {
        return alerts.stream().map(Alert::code).toList();
    }

    @Test
    void findsEveryKindOfAlertWhereItBelongs() {
        PortfolioReview review = portfolio().review(AS_OF);
        assertThat(codes(review.alertsFor("spiral"))).containsExactly(Code.SUSTAINED_IMBALANCE);
        assertThat(codes(review.alertsFor("haggler")))
                .containsExactly(Code.DISCOUNT_BREAKS_EQUILIBRIUM, Code.PARITY_OUTLIER);
        assertThat(codes(review.alertsFor("steady"))).isEmpty();
        assertThat(codes(review.alertsFor("pretender"))).containsExactly(Code.OVER_TIERED);
        assertThat(codes(review.portfolioAlerts())).containsExactly(Code.TIER_OVER_CAPACITY);
        assertThat(review.allAlerts()).hasSize(5);
    }

    @Test
    void alertsCarryFiguresActionsAndWhereTheyComeFrom() {
        PortfolioReview review = portfolio().review(AS_OF);
        Alert spiral = review.alertsFor("spiral").get(0);
        assertThat(spiral.severity()).isEqualTo(Severity.ERROR);
        assertThat(spiral.message()).contains("last 3 quarters", "2025-Q2 B=-0.33", "2025-Q4 B=-0.54", "death spiral");
        Alert discount = review.alertsFor("haggler").get(0);
        assertThat(discount.pointer()).hasValue("/pricing/requests/0");
        // R' = 300 - 0.4 * 300 = 180, G = 300: cut = 300 - 180 * 1.2 / 0.8 = 30
        assertThat(discount.action()).contains("GBP 30 (10% of what you give: product GBP 30)");
        Alert capacity = review.portfolioAlerts().get(0);
        assertThat(capacity.message()).contains("3 accounts are declared strategic, capacity 2",
                "keep partner-a, partner-b", "over capacity: pretender");
        // Strategic is the fourth tier of the default ladder: its capacity, where settings write it.
        assertThat(capacity.pointer()).hasValue("/tiers/3/capacity");
        Alert parity = review.alertsFor("haggler").get(1);
        assertThat(parity.message()).isEqualTo("Discount 30% is 19 points above the retail median of 11%"
                + " (3 accounts with a discount, tolerance 5 points).");
        assertThat(parity.pointer()).hasValue("/pricing/discount");
    }

    @Test
    void onlyOpenRequestsHaveScenarios() {
        AccountReview haggler = portfolio().review(AS_OF).accounts().get(1);
        assertThat(haggler.requests()).singleElement().satisfies(r -> assertThat(r.index()).isZero());
    }

    @Test
    void anAccountWithNoExchangesHasNoEvidence() {
        Portfolio p = new Portfolio(SETTINGS, List.of(account("new", "retail", "transactional", 1, 1, Sponsors.NONE,
                "0.1", List.of(), Ledger.of(List.of()))));
        AccountReview review = p.review(AS_OF).accounts().get(0);
        assertThat(codes(review.alerts())).containsExactly(Code.NO_EVIDENCE);
        assertThat(review.alerts().get(0).message()).startsWith("No exchanges are recorded, so the balance cannot");
        assertThat(review.periods()).isEmpty();
    }

    @Test
    void anAccountWhoseExchangesAreAllWorthNothingIsNotToldItHasNone() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 1);
        Ledger zero = Ledger.of(List.of(new org.valueexchange.core.exchange.Exchange(day,
                org.valueexchange.core.exchange.Direction.TO_VENDOR, org.valueexchange.core.exchange.Kind.REVENUE,
                org.valueexchange.core.exchange.Quantity.money(java.math.BigDecimal.ZERO), java.util.Optional.empty())));
        Portfolio p = new Portfolio(SETTINGS, List.of(account("new", "retail", "transactional", 1, 1, Sponsors.NONE,
                "0.1", List.of(), zero)));

        AccountReview review = p.review(AS_OF).accounts().get(0);

        assertThat(codes(review.alerts())).contains(Code.NO_EVIDENCE);
        assertThat(review.alerts().stream().filter(a -> a.code() == Code.NO_EVIDENCE).findFirst().orElseThrow()
                .message()).startsWith("Nothing of value is recorded either way (every exchange is worth 0), so the");
    }

    @Test
    void idsMustBeUniqueAndCurrenciesMatch() {
        Account a = portfolio().accounts().get(0);
        assertThatIllegalArgumentException().isThrownBy(() -> new Portfolio(SETTINGS, List.of(a, a)))
                .withMessageContaining("appears twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Portfolio(Settings.defaults(Currency.getInstance("EUR")), List.of(a)))
                .withMessageContaining("is in GBP, the portfolio in EUR");
    }

    @Test
    void accountIdsAreSafeAsFileNames() {
        for (String bad : List.of("../etc", "a/b", "", ".hidden", "UPPER", "a b")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> account(bad, "x", "preferred", 1, 1,
                    Sponsors.NONE, "0", List.of(), Ledger.of(List.of()))).withMessageContaining("account id");
        }
    }

    @Test
    void reviewIsDeterministic() {
        assertThat(portfolio().review(AS_OF)).isEqualTo(portfolio().review(AS_OF));
    }
}
