package org.valueexchange.core.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.Pricing;
import org.valueexchange.core.account.Review;
import org.valueexchange.core.account.Sponsors;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.orientation.Orientation;
import org.valueexchange.core.orientation.Scores;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;
import org.valueexchange.core.stakeholder.Stance;

/** Accounts for the plan-keeping rules, built one part at a time. */
final class Plans {

    static final Currency GBP = Currency.getInstance("GBP");
    static final Settings SETTINGS = Settings.defaults(GBP);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private Plans() {
    }

    static Account account(List<Review> reviews, List<Stakeholder> stakeholders, List<Objective> objectives) {
        return account(reviews, stakeholders, objectives, quarterly(100, 100), 5, 5);
    }

    static Account account(List<Review> reviews, List<Stakeholder> stakeholders, List<Objective> objectives,
                           Ledger ledger, double intellectual, double emotional) {
        return new Account("acme", "Acme", "retail", "Owner", GBP,
                new Orientation(new Scores(BigDecimal.valueOf(intellectual), BigDecimal.valueOf(emotional)), List.of()),
                Optional.empty(), Sponsors.NONE, Pricing.NONE, ledger, reviews, new StakeholderMap(stakeholders),
                objectives);
    }

    static Stakeholder customer(String name, Influence influence, Stance stance, Optional<LocalDate> lastContact) {
        return new Stakeholder(name, "", Side.CUSTOMER, influence, stance, Optional.empty(), lastContact,
                Optional.empty());
    }

    static Stakeholder champion(String name) {
        return customer(name, Influence.MEDIUM, Stance.CHAMPION, Optional.empty());
    }

    static Review reviewOn(LocalDate date) {
        return new Review(date, "");
    }

    /** Quarterly exchanges from 2025-Q1: received, then given, for each quarter. */
    static Ledger quarterly(int... receivedGiven) {
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

    static List<Alert> alerts(Account account, LocalDate asOf) {
        return AccountAnalysis.analyse(account, SETTINGS, asOf).alerts();
    }

    static List<Alert> alerts(Account account, Code code, LocalDate asOf) {
        return alerts(account, asOf).stream().filter(a -> a.code() == code).toList();
    }
}
