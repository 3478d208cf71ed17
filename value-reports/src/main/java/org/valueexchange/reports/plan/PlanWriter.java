package org.valueexchange.reports.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.DiscountRequest;
import org.valueexchange.core.account.Review;
import org.valueexchange.core.account.Sponsor;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Exchange;
import org.valueexchange.core.exchange.Quantity;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.orientation.Quadrant;
import org.valueexchange.core.portfolio.Settings;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.tier.Tier;

/** Writes accounts and settings in the plan format, so that loading them again gives them back. */
public final class PlanWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // Every string is quoted: MINIMIZE_QUOTES leaves strings such as 0x1F bare, which read back as numbers.
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private PlanWriter() {
    }

    /** An account plan; it always states its id. */
    public static String write(Account account) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", account.id());
        plan.put("name", account.name());
        plan.put("segment", account.segment());
        if (!account.owner().isEmpty()) {
            plan.put("owner", account.owner());
        }
        plan.put("currency", account.currency().getCurrencyCode());
        Map<String, Object> orientation = new LinkedHashMap<>();
        orientation.put("intellectual", account.orientation().scores().intellectual());
        orientation.put("emotional", account.orientation().scores().emotional());
        if (!account.orientation().evidence().isEmpty()) {
            orientation.put("evidence", account.orientation().evidence());
        }
        plan.put("orientation", orientation);
        account.tier().ifPresent(t -> plan.put("tier", t));
        if (!account.sponsors().vendor().isEmpty() || !account.sponsors().customer().isEmpty()) {
            plan.put("sponsors", map("vendor", sponsors(account.sponsors().vendor()),
                    "customer", sponsors(account.sponsors().customer())));
        }
        Map<String, Object> pricing = new LinkedHashMap<>();
        account.pricing().discount().ifPresent(d -> pricing.put("discount", d));
        if (!account.pricing().requests().isEmpty()) {
            pricing.put("requests", account.pricing().requests().stream().map(PlanWriter::request).toList());
        }
        if (!pricing.isEmpty()) {
            plan.put("pricing", pricing);
        }
        plan.put("exchanges", account.ledger().exchanges().stream().map(PlanWriter::exchange).toList());
        if (!account.reviews().isEmpty()) {
            plan.put("reviews", account.reviews().stream().map(PlanWriter::review).toList());
        }
        if (!account.stakeholders().isEmpty()) {
            plan.put("stakeholders", account.stakeholders().people().stream().map(PlanWriter::stakeholder).toList());
        }
        if (!account.objectives().isEmpty()) {
            plan.put("objectives", account.objectives().stream().map(PlanWriter::objective).toList());
        }
        return yaml(plan);
    }

    /** A {@code value.yaml} stating every setting. */
    public static String write(Settings settings) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", settings.name());
        file.put("currency", settings.currency().getCurrencyCode());
        file.put("period", settings.period().id());
        file.put("equilibrium", map("tolerance", settings.band().tolerance(),
                "sustained_periods", settings.sustainedPeriods()));
        file.put("orientation", map("threshold", settings.threshold().value()));
        file.put("parity", map("tolerance", settings.parity().tolerance(),
                "min_accounts", settings.parity().minAccounts()));
        Map<String, Object> rates = new LinkedHashMap<>();
        settings.rateCard().rates().forEach((kind, rate) -> rates.put(kind.id(), rate));
        file.put("rate_card", rates);
        List<Object> tiers = new ArrayList<>();
        for (Tier tier : settings.tiers().tiers()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", tier.id());
            tier.capacity().ifPresent(c -> t.put("capacity", c));
            if (!tier.requires().quadrants().isEmpty() || tier.requires().executiveSponsors()) {
                Map<String, Object> requires = new LinkedHashMap<>();
                if (!tier.requires().quadrants().isEmpty()) {
                    requires.put("quadrants", tier.requires().quadrants().stream().map(Quadrant::id).toList());
                }
                if (tier.requires().executiveSponsors()) {
                    requires.put("executive_sponsors", true);
                }
                t.put("requires", requires);
            }
            tiers.add(t);
        }
        file.put("tiers", tiers);
        file.put("freshness", map("review_days", settings.freshness().reviewDays(),
                "contact_days", settings.freshness().contactDays()));
        return yaml(file);
    }

    private static List<Object> sponsors(List<Sponsor> sponsors) {
        return sponsors.stream().<Object>map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            if (!s.role().isEmpty()) {
                m.put("role", s.role());
            }
            m.put("executive", s.executive());
            return m;
        }).toList();
    }

    private static Map<String, Object> request(DiscountRequest r) {
        return map("date", r.date().toString(), "by", r.by(), "discount", r.discount(), "status", r.status().id());
    }

    private static Map<String, Object> exchange(Exchange e) {
        Map<String, Object> m = map("date", e.date().toString(),
                "to", e.direction() == Direction.TO_CUSTOMER ? "customer" : "vendor", "kind", e.kind().id());
        m.put(e.quantity() instanceof Quantity.Units ? "units" : "amount", e.quantity().value());
        e.note().ifPresent(n -> m.put("note", n));
        return m;
    }

    private static Map<String, Object> review(Review r) {
        Map<String, Object> m = map("date", r.date().toString());
        r.kind().ifPresent(k -> m.put("kind", k.id()));
        r.rating().ifPresent(rating -> m.put("rating", rating));
        if (!r.attendees().isEmpty()) {
            m.put("attendees", r.attendees());
        }
        m.put("notes", r.notes());
        return m;
    }

    private static Map<String, Object> stakeholder(Stakeholder s) {
        Map<String, Object> m = map("name", s.name());
        if (!s.role().isEmpty()) {
            m.put("role", s.role());
        }
        m.put("side", s.side().id());
        m.put("influence", s.influence().id());
        m.put("stance", s.stance().id());
        s.relationship().ifPresent(r -> m.put("relationship",
                map("current", r.current().id(), "target", r.target().id())));
        s.lastContact().ifPresent(d -> m.put("last_contact", d.toString()));
        s.reportsTo().ifPresent(n -> m.put("reports_to", n));
        return m;
    }

    private static Map<String, Object> objective(Objective o) {
        Map<String, Object> m = map("id", o.id(), "statement", o.statement());
        if (!o.owner().isEmpty()) {
            m.put("owner", o.owner());
        }
        o.due().ifPresent(d -> m.put("due", d.toString()));
        m.put("status", o.status().id());
        if (!o.actions().isEmpty()) {
            m.put("actions", o.actions().stream().map(a -> {
                Map<String, Object> action = map("what", a.what());
                if (!a.owner().isEmpty()) {
                    action.put("owner", a.owner());
                }
                a.due().ifPresent(d -> action.put("due", d.toString()));
                action.put("done", a.done());
                return action;
            }).toList());
        }
        return m;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String yaml(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Only maps, lists, strings, numbers and booleans are written: this cannot happen.
            throw new UncheckedIOException(e);
        }
    }

}
