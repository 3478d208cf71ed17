package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.DiscountRequest;
import org.valueexchange.core.account.Pricing;
import org.valueexchange.core.account.RequestStatus;
import org.valueexchange.core.account.Review;
import org.valueexchange.core.account.ReviewKind;
import org.valueexchange.core.account.Sponsor;
import org.valueexchange.core.account.Sponsors;
import org.valueexchange.core.balance.Band;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.exchange.RateCard;
import org.valueexchange.core.freshness.Freshness;
import org.valueexchange.core.ledger.Granularity;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.objective.Action;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.objective.ObjectiveStatus;
import org.valueexchange.core.orientation.Orientation;
import org.valueexchange.core.orientation.Scores;
import org.valueexchange.core.orientation.Threshold;
import org.valueexchange.core.parity.ParityRule;
import org.valueexchange.core.portfolio.Portfolio;
import org.valueexchange.core.portfolio.Settings;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Relationship;
import org.valueexchange.core.stakeholder.RelationshipLevel;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;
import org.valueexchange.core.stakeholder.Stance;
import org.valueexchange.core.tier.TierLadder;

/** A portfolio written as plans and loaded again is the same portfolio. */
class RoundTripProperties {

    @TempDir
    Path tmp;

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final RateCard RATES = new RateCard(Map.of(Kind.ACCESS, new BigDecimal("5000"),
            Kind.REFERRAL, new BigDecimal("20000.50")));

    /** Text users write: letters, digits, punctuation that YAML gives meaning to, accents, CJK. */
    private static Gen<String> text() {
        Gen<String> plain = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(1, 24);
        Gen<String> tricky = Generate.pick(List.of("yes", "no", "null", "~", "true", "1.0", "0x1F", "2026-01-01",
                "- item", "# hash", "key: value", "'quoted'", "\"double\"", "a\nb", "trailing ", " leading",
                "Zürich Öl", "東京", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick`", "{a: 1}", "[x]", "|"));
        // Blank text is no name: made non-blank rather than thrown away, so that an account with
        // dozens of texts is not given up on (QuickTheories often tries the blank edge case).
        return plain.mix(tricky, 30).map(s -> s.isBlank() ? "x" + s : s);
    }

    private static Gen<BigDecimal> money() {
        return SourceGen.pence();
    }

    private static Gen<Exchange> exchange() {
        Gen<LocalDate> dates = integers().between(0, 1000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        Gen<Quantity> quantity = money().map(m -> (Quantity) Quantity.money(m))
                .mix(integers().between(0, 9).map(u -> Quantity.units(BigDecimal.valueOf(u))), 20);
        Gen<Kind> moneyKinds = Generate.enumValues(Kind.class);
        return dates.zip(Generate.enumValues(Direction.class), moneyKinds, quantity, (date, direction, kind, q) -> {
            Kind k = q instanceof Quantity.Units ? (kind.ordinal() % 2 == 0 ? Kind.ACCESS : Kind.REFERRAL) : kind;
            return new Exchange(date, direction, k, q, Optional.empty());
        }).zip(text().toOptionals(50), (e, note) -> new Exchange(e.date(), e.direction(), e.kind(), e.quantity(), note));
    }

    static Gen<Account> account(int index) {
        Gen<Scores> scores = integers().between(0, 100).zip(integers().between(0, 100),
                (i, e) -> new Scores(BigDecimal.valueOf(i, 1), BigDecimal.valueOf(e, 1)));
        Gen<Sponsor> sponsor = text().zip(text(), Generate.booleans(), Sponsor::new);
        Gen<Sponsors> sponsors = lists().of(sponsor).ofSizeBetween(0, 2)
                .zip(lists().of(sponsor).ofSizeBetween(0, 2), Sponsors::new);
        Gen<DiscountRequest> request = integers().between(0, 700).zip(text(), integers().between(0, 100),
                Generate.enumValues(RequestStatus.class), (d, by, pct, status) -> new DiscountRequest(
                        LocalDate.of(2025, 1, 1).plusDays(d), by, BigDecimal.valueOf(pct, 2), status));
        Gen<Pricing> pricing = integers().between(0, 100).map(p -> BigDecimal.valueOf(p, 2)).toOptionals(30)
                .zip(lists().of(request).ofSizeBetween(0, 3), Pricing::new);
        Gen<Review> review = integers().between(0, 700).zip(text(), Generate.enumValues(ReviewKind.class).toOptionals(50),
                integers().between(1, 5).toOptionals(50), (d, notes, kind, rating) ->
                        new Review(LocalDate.of(2025, 1, 1).plusDays(d), "## Review\n\n" + notes + "\n- point\n", kind,
                                rating.map(OptionalInt::of).orElse(OptionalInt.empty()), List.of()))
                .zip(lists().of(text()).ofSizeBetween(0, 3), (r, attendees) ->
                        new Review(r.date(), r.notes(), r.kind(), r.rating(), attendees));
        Gen<Orientation> orientation = scores.zip(lists().of(text()).ofSizeBetween(0, 3), Orientation::new);
        Gen<Optional<String>> tier = Generate.pick(TierLadder.defaults().ids()).toOptionals(70);
        Gen<List<Exchange>> exchanges = lists().of(exchange()).ofSizeBetween(0, 12);
        Gen<List<Review>> reviews = lists().of(review).ofSizeBetween(0, 2);
        return text().zip(text(), text(), orientation, (name, segment, owner, o) -> new Object[] {name, segment, owner, o})
                .zip(tier, sponsors, pricing, (a, t, s, p) -> new Object[] {a[0], a[1], a[2], a[3], t, s, p})
                .zip(exchanges, reviews, (a, ex, rv) -> new Account("account-" + index, (String) a[0], (String) a[1],
                        (String) a[2], EUR, (Orientation) a[3], cast(a[4]), (Sponsors) a[5], (Pricing) a[6],
                        new Ledger(ex, RATES), rv))
                .zip(stakeholders(), objectives(), (a, people, objectives) -> new Account(a.id(), a.name(),
                        a.segment(), a.owner(), a.currency(), a.orientation(), a.tier(), a.sponsors(), a.pricing(),
                        a.ledger(), a.reviews(), people, objectives));
    }

    private static Gen<LocalDate> day() {
        return integers().between(0, 1000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    }

    /** Up to 4 people with distinct names; each reports to an earlier one, or to no one. */
    private static Gen<StakeholderMap> stakeholders() {
        Gen<Optional<Relationship>> relationship = Generate.enumValues(RelationshipLevel.class)
                .zip(Generate.enumValues(RelationshipLevel.class), (a, b) -> a.compareTo(b) <= 0
                        ? new Relationship(a, b) : new Relationship(b, a)).toOptionals(50);
        Gen<Stakeholder> person = text().zip(text().toOptionals(50), Generate.enumValues(Side.class),
                Generate.enumValues(Influence.class), (name, role, side, influence) -> new Stakeholder(name,
                        role.orElse(""), side, influence, Stance.NEUTRAL, Optional.empty(), Optional.empty(),
                        Optional.empty()))
                .zip(Generate.enumValues(Stance.class), relationship, day().toOptionals(50), (p, stance, r, contact) ->
                        new Stakeholder(p.name(), p.role(), p.side(), p.influence(), stance, r, contact, Optional.empty()));
        return lists().of(person.zip(integers().between(-1, 3), (p, m) -> new Object[] {p, m})).ofSizeBetween(0, 4)
                .map(raw -> {
                    List<Stakeholder> people = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        Stakeholder p = (Stakeholder) raw.get(i)[0];
                        int manager = (Integer) raw.get(i)[1];
                        String name = p.name() + " #" + i;
                        people.add(new Stakeholder(name, p.role(), p.side(), p.influence(), p.stance(),
                                p.relationship(), p.lastContact(), manager >= 0 && manager < i
                                ? Optional.of(people.get(manager).name()) : Optional.empty()));
                    }
                    return new StakeholderMap(people);
                });
    }

    private static Gen<List<Objective>> objectives() {
        Gen<Action> action = text().zip(text().toOptionals(50), day().toOptionals(60), Generate.booleans(),
                (what, owner, due, done) -> new Action(what, owner.orElse(""), due, done));
        Gen<Objective> objective = text().zip(text().toOptionals(50), day().toOptionals(60),
                Generate.enumValues(ObjectiveStatus.class), (statement, owner, due, status) ->
                        new Objective("o", statement, owner.orElse(""), due, status, List.of()))
                .zip(lists().of(action).ofSizeBetween(0, 3), (o, actions) ->
                        new Objective(o.id(), o.statement(), o.owner(), o.due(), o.status(), actions));
        return lists().of(objective).ofSizeBetween(0, 3).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> {
                    Objective o = list.get(i);
                    return new Objective("objective-" + i, o.statement(), o.owner(), o.due(), o.status(), o.actions());
                }).toList());
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> cast(Object o) {
        return (Optional<String>) o;
    }

    private static Gen<Settings> settings() {
        return Generate.enumValues(Granularity.class).zip(integers().between(0, 99), integers().between(1, 8),
                integers().between(0, 100), (period, tol, sustained, threshold) -> new Settings("Accounts " + tol, EUR,
                        period, new Band(BigDecimal.valueOf(tol, 2)), sustained,
                        new Threshold(BigDecimal.valueOf(threshold, 1)),
                        new ParityRule(new BigDecimal("0.05"), 3), RATES, TierLadder.defaults()))
                .zip(integers().between(1, 400), integers().between(1, 400), (s, review, contact) -> new Settings(
                        s.name(), s.currency(), s.period(), s.band(), s.sustainedPeriods(), s.threshold(), s.parity(),
                        s.rateCard(), s.tiers(), new Freshness(review, contact)));
    }

    private static Gen<Portfolio> portfolios() {
        Gen<List<Account>> accounts = integers().between(0, 4).flatMap(n -> {
            Gen<List<Account>> list = Generate.constant(List.of());
            for (int i = 0; i < n; i++) {
                int index = i;
                list = list.zip(account(index), (l, a) -> {
                    List<Account> more = new ArrayList<>(l);
                    more.add(a);
                    return List.copyOf(more);
                });
            }
            return list;
        });
        return settings().zip(accounts, Portfolio::new);
    }

    @Test
    void aWrittenPortfolioLoadsBackEqual() {
        int[] run = {0};
        qt().withExamples(300).forAll(portfolios()).checkAssert(portfolio -> {
            Path dir = tmp.resolve("run-" + run[0]++);
            try {
                Files.createDirectories(dir.resolve("accounts"));
                Files.writeString(dir.resolve("value.yaml"), PlanWriter.write(portfolio.settings()));
                for (Account account : portfolio.accounts()) {
                    Files.writeString(dir.resolve("accounts").resolve(account.id() + ".yaml"), PlanWriter.write(account));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LoadResult result = new PlanLoader().load(dir);
            assertThat(result.problems()).isEmpty();
            assertThat(result.loaded().orElseThrow().portfolio()).isEqualTo(portfolio);
        });
    }

    /** Generators of exact amounts. */
    static final class SourceGen {
        static Gen<BigDecimal> pence() {
            return org.quicktheories.generators.SourceDSL.longs().between(0, 10_000_000_00L)
                    .map(p -> BigDecimal.valueOf(p, 2));
        }

    }
}
