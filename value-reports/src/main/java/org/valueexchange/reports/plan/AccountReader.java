package org.valueexchange.reports.plan;

import static org.valueexchange.reports.plan.Fields.keys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.DiscountRequest;
import org.valueexchange.core.account.Pricing;
import org.valueexchange.core.account.RequestStatus;
import org.valueexchange.core.account.Review;
import org.valueexchange.core.account.ReviewKind;
import org.valueexchange.core.account.Sponsor;
import org.valueexchange.core.account.Sponsors;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.orientation.Orientation;
import org.valueexchange.core.orientation.Scores;
import org.valueexchange.core.portfolio.Settings;
import org.valueexchange.core.stakeholder.StakeholderMap;

/** Reads one account plan, against the portfolio's settings. */
final class AccountReader {

    static final Set<String> KEYS = keys("id", "name", "segment", "owner", "currency", "orientation", "tier",
            "sponsors", "pricing", "exchanges", "reviews", "stakeholders", "objectives");
    private static final Set<String> SPONSORS_KEYS = keys("vendor", "customer");
    private static final Set<String> PRICING_KEYS = keys("discount", "requests");
    private static final Set<String> ORIENTATION_KEYS = keys("intellectual", "emotional", "evidence");
    private static final Set<String> SPONSOR_KEYS = keys("name", "role", "executive");
    private static final Set<String> REQUEST_KEYS = keys("date", "by", "discount", "status");
    private static final Set<String> EXCHANGE_KEYS = keys("date", "to", "kind", "amount", "units", "note");
    private static final Set<String> REVIEW_KEYS = keys("date", "kind", "rating", "attendees", "notes");
    static final Map<String, ReviewKind> REVIEW_KINDS = Fields.choices(ReviewKind.class, ReviewKind::id);
    static final Map<String, Direction> DIRECTIONS = directions();
    static final Map<String, RequestStatus> STATUSES = Fields.choices(RequestStatus.class, RequestStatus::id);
    private static final BigDecimal TEN = BigDecimal.TEN;
    /** Device names on Windows, whatever the extension; {@link Account#ID} already excludes upper case. */
    private static final Pattern RESERVED_ON_WINDOWS = Pattern.compile("(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private final Settings settings;

    private static Map<String, Direction> directions() {
        Map<String, Direction> directions = new java.util.LinkedHashMap<>();
        directions.put("customer", Direction.TO_CUSTOMER);
        directions.put("vendor", Direction.TO_VENDOR);
        return java.util.Collections.unmodifiableMap(directions);
    }
    private final Problems problems;

    AccountReader(Settings settings, Problems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    /** The account, if its plan has no problem; {@code defaultId} comes from the file name. */
    Optional<Account> read(YamlNode root, String defaultId) {
        int before = problems.size();
        Optional<Fields> found = Fields.of(root, "an account plan", KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields f = found.get();
        String id = f.string("id").orElse(defaultId);
        Location idLocation = f.has("id") ? f.locationOf("id") : f.location();
        String idSource = f.has("id") ? "id " : "the file name ";
        String orGiveAnId = f.has("id") ? "" : ", or give an 'id'";
        if (!Account.ID.matcher(id).matches()) {
            problems.add(idLocation, idSource + Problems.quote(id) + " is not a valid account id: use 1 to 64 lower"
                    + " case letters, digits, '.', '_' or '-'" + orGiveAnId);
        } else if (isReservedOnWindows(id)) {
            problems.add(idLocation, idSource + Problems.quote(id) + " is not a valid account id: the page "
                    + "accounts/" + id + ".html would be a device, not a file, on Windows (con, prn, aux, nul, com0-9"
                    + " and lpt0-9 are reserved names there); choose another id" + orGiveAnId);
        }
        Optional<String> name = f.requiredText("name", "an account's name");
        Optional<String> segment = f.requiredText("segment", "an account's segment");
        String owner = f.string("owner").orElse("");
        Currency currency = f.string("currency")
                .flatMap(c -> SettingsReader.currency(c, f.locationOf("currency"), problems))
                .orElse(settings.currency());
        if (!currency.equals(settings.currency())) {
            problems.add(f.locationOf("currency"), "the plan is in " + currency + " but the portfolio is in "
                    + settings.currency() + " (set 'currency' in value.yaml, or convert the amounts)");
        }
        Optional<Orientation> orientation = f.required("orientation").flatMap(this::orientation);
        Optional<String> tier = f.string("tier");
        if (tier.isPresent() && settings.tiers().find(tier.get()).isEmpty()) {
            problems.add(f.locationOf("tier"), "unknown tier " + Problems.quote(tier.get())
                    + Suggestions.closest(tier.get(), settings.tiers().ids()).map(s -> ", did you mean '" + s + "'?")
                    .orElse("; the tiers in value.yaml are " + String.join(", ", settings.tiers().ids())));
        }
        Sponsors sponsors = f.fields("sponsors", "sponsors", SPONSORS_KEYS)
                .map(s -> new Sponsors(s.list("vendor", this::sponsor), s.list("customer", this::sponsor)))
                .orElse(Sponsors.NONE);
        Pricing pricing = f.fields("pricing", "pricing", PRICING_KEYS)
                .map(p -> new Pricing(p.decimal("discount", BigDecimal.ZERO, BigDecimal.ONE, true),
                        p.list("requests", this::request)))
                .orElse(Pricing.NONE);
        List<Exchange> exchanges = f.list("exchanges", this::exchange);
        Ledger.spanProblem(exchanges).ifPresent(problem -> problems.add(f.locationOf("exchanges"), problem));
        List<Review> reviews = f.list("reviews", this::review);
        Optional<StakeholderMap> stakeholders = new StakeholderReader(problems).read(f);
        List<Objective> objectives = new ObjectiveReader(problems).read(f);

        if (problems.size() > before || name.isEmpty() || segment.isEmpty() || orientation.isEmpty()
                || stakeholders.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Account(id, name.get(), segment.get(), owner, currency, orientation.get(), tier,
                sponsors, pricing, new Ledger(exchanges, settings.rateCard()), reviews, stakeholders.get(),
                objectives));
    }

    /**
     * Whether Windows reserves a file named after the account: CON, PRN, AUX, NUL, COM0-9 and
     * LPT0-9, in any case and with any extension ({@code nul.html}, {@code con.eu.html}).
     */
    static boolean isReservedOnWindows(String id) {
        int dot = id.indexOf('.');
        String base = dot < 0 ? id : id.substring(0, dot);
        return RESERVED_ON_WINDOWS.matcher(base).matches();
    }

    private Optional<Orientation> orientation(YamlNode node) {
        return Fields.of(node, "the orientation", ORIENTATION_KEYS, problems)
                .flatMap(o -> {
                    Optional<BigDecimal> intellectual = o.requiredDecimal("intellectual", BigDecimal.ZERO, TEN, true);
                    Optional<BigDecimal> emotional = o.requiredDecimal("emotional", BigDecimal.ZERO, TEN, true);
                    List<String> evidence = o.strings("evidence");
                    if (intellectual.isEmpty() || emotional.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Orientation(new Scores(intellectual.get(), emotional.get()), evidence));
                });
    }

    private Optional<Sponsor> sponsor(YamlNode node) {
        return Fields.of(node, "a sponsor", SPONSOR_KEYS, problems).flatMap(s -> s.requiredText("name", "a sponsor's name")
                .map(n -> new Sponsor(n, s.string("role").orElse(""), s.bool("executive").orElse(false))));
    }

    private Optional<DiscountRequest> request(YamlNode node) {
        return Fields.of(node, "a discount request", REQUEST_KEYS, problems).flatMap(r -> {
            Optional<LocalDate> date = r.requiredDate("date");
            String by = r.string("by").orElse("procurement");
            Optional<BigDecimal> discount = r.requiredDecimal("discount", BigDecimal.ZERO, BigDecimal.ONE, true);
            RequestStatus status = r.choice("status", STATUSES).orElse(RequestStatus.OPEN);
            if (date.isEmpty() || discount.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new DiscountRequest(date.get(), by, discount.get(), status));
        });
    }

    private Optional<Exchange> exchange(YamlNode node) {
        // Without flatMap and a lambda: this runs for every exchange of every plan.
        Optional<Fields> fields = Fields.of(node, "an exchange", EXCHANGE_KEYS, problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields e = fields.get();
        Optional<LocalDate> date = e.requiredDate("date");
        Optional<Direction> to = e.requiredChoice("to", DIRECTIONS);
        Optional<Kind> kind = e.requiredChoice("kind", SettingsReader.KINDS);
        Optional<String> note = e.string("note");
        Optional<Quantity> quantity = quantity(e, kind);
        if (date.isEmpty() || to.isEmpty() || kind.isEmpty() || quantity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Exchange(date.get(), to.get(), kind.get(), quantity.get(), note));
    }

    private Optional<Quantity> quantity(Fields e, Optional<Kind> kind) {
        boolean amount = e.has("amount");
        boolean units = e.has("units");
        if (amount && units) {
            problems.add(e.locationOf("units"), "an exchange gives either 'amount' or 'units', not both");
            return Optional.empty();
        }
        if (!amount && !units) {
            problems.add(e.location(), "an exchange needs 'amount' (money) or 'units' (valued by the rate card)");
            return Optional.empty();
        }
        if (amount) {
            return e.decimal("amount", BigDecimal.ZERO, null, true).map(Quantity::money);
        }
        Optional<BigDecimal> count = e.decimal("units", BigDecimal.ZERO, null, true);
        if (count.isPresent() && kind.isPresent() && settings.rateCard().rate(kind.get()).isEmpty()) {
            problems.add(e.locationOf("units"), "'" + kind.get().id() + "' is given in units but the rate card has no"
                    + " rate for it: add '" + kind.get().id() + "' to rate_card in value.yaml, or give an amount");
            return Optional.empty();
        }
        return count.map(Quantity::units);
    }

    private Optional<Review> review(YamlNode node) {
        return Fields.of(node, "a review", REVIEW_KEYS, problems)
                .flatMap(r -> {
                    int before = problems.size();
                    Optional<LocalDate> date = r.requiredDate("date");
                    Optional<ReviewKind> kind = r.choice("kind", REVIEW_KINDS);
                    Optional<Integer> rating = r.integer("rating", Review.MIN_RATING, Review.MAX_RATING);
                    List<String> attendees = r.strings("attendees");
                    String notes = r.string("notes").orElse("");
                    if (problems.size() > before) {
                        return Optional.empty();
                    }
                    return date.map(d -> new Review(d, notes, kind,
                            rating.map(OptionalInt::of).orElse(OptionalInt.empty()), attendees));
                });
    }
}
