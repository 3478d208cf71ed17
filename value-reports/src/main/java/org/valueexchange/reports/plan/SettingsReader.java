package org.valueexchange.reports.plan;

import static org.valueexchange.reports.plan.Fields.keys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.valueexchange.core.balance.Band;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.exchange.RateCard;
import org.valueexchange.core.freshness.Freshness;
import org.valueexchange.core.ledger.Granularity;
import org.valueexchange.core.orientation.Quadrant;
import org.valueexchange.core.orientation.Threshold;
import org.valueexchange.core.parity.ParityRule;
import org.valueexchange.core.portfolio.Settings;
import org.valueexchange.core.tier.Requirements;
import org.valueexchange.core.tier.Tier;
import org.valueexchange.core.tier.TierLadder;
import org.valueexchange.reports.plan.YamlNode.Entry;
import org.valueexchange.reports.plan.YamlNode.MapNode;

/** Reads {@code value.yaml}; anything it leaves out takes its default. */
final class SettingsReader {

    static final Set<String> KEYS = keys("name", "currency", "period", "equilibrium", "orientation", "parity",
            "rate_card", "tiers", "freshness");
    static final Map<String, Granularity> PERIODS = Fields.choices(Granularity.class, Granularity::id);
    static final Map<String, Kind> KINDS = Fields.choices(Kind.class, Kind::id);
    static final Map<String, Quadrant> QUADRANTS = Fields.choices(Quadrant.class, Quadrant::id);
    static final Currency DEFAULT_CURRENCY = Currency.getInstance("GBP");

    private SettingsReader() {
    }

    /** The settings in {@code root}; where a value has a problem, its default stands in. */
    static Settings read(YamlNode root, Problems problems) {
        Settings defaults = Settings.defaults(DEFAULT_CURRENCY);
        Optional<Fields> found = Fields.of(root, "the portfolio settings", KEYS, problems);
        if (found.isEmpty()) {
            return defaults;
        }
        Fields f = found.get();
        String name = f.string("name").orElse(defaults.name());
        Currency currency = f.string("currency").flatMap(c -> currency(c, f.locationOf("currency"), problems))
                .orElse(DEFAULT_CURRENCY);
        Granularity period = f.choice("period", PERIODS).orElse(defaults.period());

        Band band = defaults.band();
        int sustained = defaults.sustainedPeriods();
        Optional<Fields> equilibrium = f.fields("equilibrium", "equilibrium", keys("tolerance", "sustained_periods"));
        if (equilibrium.isPresent()) {
            band = equilibrium.get().decimal("tolerance", BigDecimal.ZERO, BigDecimal.ONE, false).map(Band::new)
                    .orElse(band);
            sustained = equilibrium.get().integer("sustained_periods", 1).orElse(sustained);
        }
        Threshold threshold = f.fields("orientation", "orientation", keys("threshold"))
                .flatMap(o -> o.decimal("threshold", BigDecimal.ZERO, BigDecimal.TEN, true))
                .map(Threshold::new).orElse(defaults.threshold());
        ParityRule parity = defaults.parity();
        Optional<Fields> parityFields = f.fields("parity", "parity", keys("tolerance", "min_accounts"));
        if (parityFields.isPresent()) {
            parity = new ParityRule(
                    parityFields.get().decimal("tolerance", BigDecimal.ZERO, BigDecimal.ONE, true)
                            .orElse(parity.tolerance()),
                    parityFields.get().integer("min_accounts", 1).orElse(parity.minAccounts()));
        }
        RateCard rateCard = f.node("rate_card").map(n -> rateCard(n, problems)).orElse(RateCard.EMPTY);
        TierLadder tiers = f.node("tiers").flatMap(n -> tiers(f, problems)).orElse(defaults.tiers());
        Freshness freshness = defaults.freshness();
        Optional<Fields> freshnessFields = f.fields("freshness", "freshness", keys("review_days", "contact_days"));
        if (freshnessFields.isPresent()) {
            freshness = new Freshness(
                    freshnessFields.get().integer("review_days", 1).orElse(freshness.reviewDays()),
                    freshnessFields.get().integer("contact_days", 1).orElse(freshness.contactDays()));
        }
        return new Settings(name, currency, period, band, sustained, threshold, parity, rateCard, tiers, freshness);
    }

    static Optional<Currency> currency(String code, Location location, Problems problems) {
        if (code.matches("[A-Z]{3}")) {
            try {
                return Optional.of(Currency.getInstance(code));
            } catch (IllegalArgumentException unknown) {
                // reported below
            }
        }
        problems.add(location, Problems.quote(code) + " is not an ISO 4217 currency code such as GBP, EUR or USD");
        return Optional.empty();
    }

    private static RateCard rateCard(YamlNode node, Problems problems) {
        if (!(node instanceof MapNode map)) {
            problems.add(node.location(), "'rate_card' must map kinds to a value per unit, found " + node.describe());
            return RateCard.EMPTY;
        }
        Optional<Fields> fields = Fields.of(node, "the rate card", KINDS.keySet(), problems);
        Map<Kind, BigDecimal> rates = new EnumMap<>(Kind.class);
        for (Entry entry : map.entries().values()) {
            Kind kind = KINDS.get(entry.key());
            if (kind != null && fields.isPresent()) {
                fields.get().decimal(entry.key(), BigDecimal.ZERO, null, true).ifPresent(r -> rates.put(kind, r));
            }
        }
        return new RateCard(rates);
    }

    private static Optional<TierLadder> tiers(Fields settings, Problems problems) {
        int before = problems.size();
        List<Tier> tiers = settings.list("tiers", n -> tier(n, problems));
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (tiers.isEmpty()) {
            problems.add(settings.locationOf("tiers"), "'tiers' needs at least one tier");
            return Optional.empty();
        }
        List<String> seen = new ArrayList<>();
        for (Tier tier : tiers) {
            if (seen.contains(tier.id())) {
                problems.add(settings.locationOf("tiers"), "tier '" + tier.id() + "' is listed twice");
                return Optional.empty();
            }
            seen.add(tier.id());
        }
        return Optional.of(new TierLadder(tiers));
    }

    private static Optional<Tier> tier(YamlNode node, Problems problems) {
        Optional<Fields> found = Fields.of(node, "a tier", keys("id", "capacity", "requires"), problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields f = found.get();
        Optional<String> id = f.requiredString("id");
        if (id.isPresent() && !id.get().matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(f.locationOf("id"), "tier id " + Problems.quote(id.get())
                    + " must be lower case letters, digits and hyphens, e.g. strategic");
            return Optional.empty();
        }
        OptionalInt capacity = f.integer("capacity", 0).map(OptionalInt::of).orElse(OptionalInt.empty());
        Requirements requires = f.fields("requires", "the tier's requirements", keys("quadrants", "executive_sponsors"))
                .map(r -> {
                    List<Quadrant> quadrants = r.list("quadrants", q -> r.choice(q, "quadrant", QUADRANTS));
                    Set<Quadrant> set = quadrants.isEmpty() ? Set.of() : EnumSet.copyOf(quadrants);
                    return new Requirements(set, r.bool("executive_sponsors").orElse(false));
                })
                .orElse(Requirements.NONE);
        return id.map(i -> new Tier(i, capacity, requires));
    }
}
