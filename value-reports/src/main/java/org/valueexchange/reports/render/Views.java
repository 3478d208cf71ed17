package org.valueexchange.reports.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.Sponsor;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.balance.Balance;
import org.valueexchange.core.balance.EquilibriumStatus;
import org.valueexchange.core.balance.PeriodBalance;
import org.valueexchange.core.discount.DiscountScenario;
import org.valueexchange.core.exchange.Kind;
import org.valueexchange.core.orientation.Quadrant;
import org.valueexchange.core.parity.ParityOutlier;
import org.valueexchange.core.parity.SegmentParity;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.AccountSummary;
import org.valueexchange.core.portfolio.PortfolioOverview;
import org.valueexchange.core.portfolio.RequestScenario;
import org.valueexchange.core.tier.TierOccupancy;
import org.valueexchange.reports.plan.PlanSource;

/**
 * Builds what templates see: plain maps, lists and strings, every figure already worded.
 * Templates get no Java objects, so they can neither call code nor reach anything else.
 */
final class Views {

    /** The ways the account table can be sorted, each its own page. */
    enum Sort {
        NAME("Account"), SEGMENT("Segment"), QUADRANT("Orientation"), TIER("Tier"), BALANCE("Balance"),
        FRESHNESS("Days since review"), ALERTS("Alerts");

        final String label;

        Sort(String label) {
            this.label = label;
        }

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The page that lists the accounts in this order. */
        String page() {
            return this == NAME ? "index.html" : "accounts-by-" + id() + ".html";
        }
    }

    private Views() {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String quadrantWords(Quadrant q) {
        return switch (q) {
            case TRANSACTIONAL -> "Transactional";
            case INTELLECTUAL -> "Intellectual";
            case EMOTIONAL -> "Emotional";
            case PARTNERSHIP -> "Partnership";
        };
    }

    static Map<String, Object> site(PortfolioOverview review, String root) {
        return site(review, root, Optional.empty());
    }

    /** With a stylesheet, the page stands alone: the CSS inlined, no links into a site. */
    static Map<String, Object> site(PortfolioOverview review, String root, Optional<String> inlineCss) {
        return map("name", review.settings().name(), "root", root, "currency",
                review.settings().currency().getCurrencyCode(), "period", review.settings().period().id(),
                "standalone", inlineCss.isPresent(), "css", inlineCss.orElse(""), "asOf", review.asOf().toString());
    }

    // ---------------------------------------------------------------- account page

    /**
     * The model of one account's review.
     *
     * @param notes     how review notes appear: already-rendered HTML, or the user's Markdown
     * @param inlineCss the stylesheet for a page that stands alone; empty for a page of the site
     */
    static Map<String, Object> account(PortfolioOverview portfolio, AccountReview review, PlanSource source,
                                       java.util.function.Function<String, Object> notes,
                                       Optional<String> inlineCss) {
        Account a = review.account();
        String currency = a.currency().getCurrencyCode();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site(portfolio, "../", inlineCss));
        Map<String, Object> account = map("id", a.id(), "name", a.name(), "owner", a.owner(), "segment", a.segment(),
                "currency", currency, "file", source.relativePath(),
                "quadrant", quadrantWords(review.quadrant()), "quadrantId", review.quadrant().id(),
                "declaredTier", review.tier().declared().map(t -> t.id()).orElse(""),
                "supportedTier", review.tier().supported().map(t -> t.id()).orElse("none"),
                "overTiered", review.tier().overTiered(), "tierUnmet", review.tier().unmet());
        model.put("account", account);
        model.put("balance", balance(review.balance(), currency));
        model.put("given", byKind(review.totals().givenByKind(), review.totals().given(), currency));
        model.put("received", byKind(review.totals().receivedByKind(), review.totals().received(), currency));
        model.put("periods", review.periods().stream().map(p -> period(p, currency)).toList());
        model.put("trend", Charts.trend(review.periods(), portfolio.settings().band().tolerance()));
        model.put("sustained", review.sustained().map(s -> map("side", s.side().words(),
                "periods", s.periods().stream().map(p -> p.label()).toList())).orElse(map()));
        Locator inPlan = Locator.of(id -> Optional.of(source), Optional.empty());
        model.put("alerts", portfolio.alertsFor(a.id()).stream()
                .map(al -> alert(al, source.message(al), inPlan)).toList());
        model.put("requests", requests(review, currency));
        model.put("orientation", map(
                "intellectual", Figures.plain(a.orientation().scores().intellectual()),
                "emotional", Figures.plain(a.orientation().scores().emotional()),
                "threshold", Figures.plain(portfolio.settings().threshold().value()),
                "evidence", a.orientation().evidence(),
                "matrix", Charts.matrix(List.of(new Charts.MatrixPoint(a.name(), a.name(), "", a.orientation().scores(),
                        review.quadrant().id())), portfolio.settings().threshold().value(), false)));
        model.put("sponsors", map("vendor", sponsors(a.sponsors().vendor()),
                "customer", sponsors(a.sponsors().customer())));
        model.put("capacity", capacity(portfolio, a));
        model.put("parity", parity(portfolio, a));
        ExchangeTable exchanges = ExchangeTable.of(a, currency);
        model.put("exchanges", exchanges.maps());
        model.put("exchangeRows", exchanges.html());
        PlanViews.account(model, a, review.asOf(), portfolio.settings().freshness(), notes);
        return model;
    }

    /** {@code b} as the page shows it, with the tolerance of the band its status was decided against. */
    private static Map<String, Object> balance(Balance b, String currency) {
        return map("index", b.indexWords(), "status", b.status().words(), "statusId", b.status().id(),
                "received", Figures.money(b.received(), currency), "given", Figures.money(b.given(), currency),
                "tolerance", Figures.setting(b.band().tolerance()), "meaning", meaning(b.status()),
                "shape", Charts.shape(b.status()));
    }

    private static String meaning(EquilibriumStatus status) {
        return switch (status) {
            case IN_EQUILIBRIUM -> "Value flows roughly equally both ways.";
            case CUSTOMER_UNDERSERVED -> "The vendor receives much more than it gives: the customer may feel it"
                    + " gets too little, a churn risk.";
            case VENDOR_OVERINVESTING -> "The vendor gives much more than it receives: the road to a death spiral"
                    + " of cuts in quality, innovation and support.";
            case NO_EVIDENCE -> "No exchanges are recorded.";
        };
    }

    private static List<Object> byKind(Map<Kind, BigDecimal> byKind, BigDecimal total, String currency) {
        List<Object> rows = new ArrayList<>();
        byKind.forEach((kind, value) -> rows.add(map("kind", kind.id(), "value", Figures.money(value, currency),
                "share", total.signum() == 0 ? "0%" : Figures.percent(value.divide(total, java.math.MathContext.DECIMAL64)))));
        return rows;
    }

    private static Map<String, Object> period(PeriodBalance p, String currency) {
        return map("label", p.period().label(), "received", Figures.money(p.balance().received(), currency),
                "given", Figures.money(p.balance().given(), currency), "index", p.balance().indexWords(),
                "status", p.status().words(), "statusId", p.status().id(), "shape", Charts.shape(p.status()));
    }

    /** A finding as a page lists it: {@code message} as it reads there, and where {@code locator} finds it. */
    static Map<String, Object> alert(Alert alert, String message, Locator locator) {
        return map("code", alert.code().id(), "severity", alert.severity().id(), "message", message,
                "action", alert.action(), "where", locator.where(alert).orElse(""));
    }

    private static List<Object> requests(AccountReview review, String currency) {
        List<Object> rows = new ArrayList<>();
        for (RequestScenario r : review.requests()) {
            DiscountScenario s = r.scenario();
            List<Object> cuts = new ArrayList<>();
            s.cutByKind().forEach((kind, value) -> cuts.add(map("kind", kind.id(),
                    "value", Figures.money(value, currency))));
            String by = r.request().by();
            String conversation = conversation(s, by, currency);
            rows.add(map("date", r.request().date().toString(), "by", by, "discount", Figures.percent(s.discount()),
                    "before", s.before().indexWords(), "beforeStatus", s.before().status().words(),
                    "after", s.after().indexWords(), "afterStatus", s.after().status().words(),
                    "afterStatusId", s.after().status().id(), "breaks", s.breaksEquilibrium(),
                    "cutNeeded", s.cut().signum() > 0,
                    "cut", Figures.money(s.cut(), currency), "cutShare", Figures.percent(s.cutShare()),
                    "cuts", cuts, "conversation", conversation));
        }
        return rows;
    }

    /**
     * What to say to {@code by} about a discount, from where the balance is before and after
     * it: a request that takes a balanced account out of the band, one that deepens the
     * vendor's over-investment, one the balance can take, and one that meets no evidence; the
     * band is the one the scenario's balances were judged against.
     */
    static String conversation(DiscountScenario s, String by, String currency) {
        String tolerance = Figures.setting(s.before().band().tolerance());
        String discount = Figures.percent(s.discount());
        String from = s.before().indexWords();
        String to = s.after().indexWords();
        String band = "the band of ±" + tolerance;
        String cut = Figures.money(s.cut(), currency) + ", " + Figures.percent(s.cutShare()) + " of what " + by
                + "'s organisation receives from us today";
        if (s.breaksEquilibrium()) {
            return "If we grant " + discount + ", what we receive falls to "
                    + Figures.money(s.after().received(), currency) + " against "
                    + Figures.money(s.after().given(), currency) + " we give (balance " + to + ", beyond " + band
                    + "). To stay sustainable we would stop giving " + cut + "."
                    + " Which of these would you rather do without, or what will you give in return?";
        }
        EquilibriumStatus before = s.before().status();
        EquilibriumStatus after = s.after().status();
        if (before == EquilibriumStatus.VENDOR_OVERINVESTING) {
            return "We already give more than we receive: the balance is " + from + ", beyond " + band + ", and "
                    + discount + " would take it to " + to + ". To return to the band edge we would stop giving "
                    + cut + ". What will you give in return?";
        }
        if (before == EquilibriumStatus.NO_EVIDENCE || after == EquilibriumStatus.NO_EVIDENCE) {
            return "Nothing of value is recorded either way, so the balance cannot tell what " + discount
                    + " would cost. Record what we give and receive before agreeing to it.";
        }
        if (after == EquilibriumStatus.CUSTOMER_UNDERSERVED) {
            return "We can grant " + discount + ": the balance moves from " + from + " to " + to + ", still above "
                    + band + ", where we receive more than we give. Ask for something in return all the same.";
        }
        if (before == EquilibriumStatus.CUSTOMER_UNDERSERVED) {
            return "We can grant " + discount + ": the balance moves from " + from + " to " + to + ", into " + band
                    + ". Ask for something in return all the same.";
        }
        return "We can absorb " + discount + ": the balance moves from " + from + " to " + to + ", still within ±"
                + tolerance + ". Ask for something in return all the same.";
    }

    private static List<Object> sponsors(List<Sponsor> sponsors) {
        return sponsors.stream().<Object>map(s -> map("name", s.name(), "role", s.role(),
                "executive", s.executive())).toList();
    }

    private static Map<String, Object> capacity(PortfolioOverview portfolio, Account a) {
        for (TierOccupancy t : portfolio.findings().tiers()) {
            if (a.tier().equals(Optional.of(t.tier().id())) && t.tier().capacity().isPresent()) {
                return map("tier", t.tier().id(), "capacity", t.tier().capacity().getAsInt(), "count", t.count(),
                        "kept", t.kept().contains(a.id()), "over", t.overCapacity());
            }
        }
        return map();
    }

    private static Map<String, Object> parity(PortfolioOverview portfolio, Account a) {
        for (SegmentParity s : portfolio.findings().parity()) {
            if (s.segment().equals(a.segment()) && s.median().isPresent() && a.pricing().discount().isPresent()) {
                boolean outlier = portfolio.alertsFor(a.id()).stream()
                        .anyMatch(al -> al.code() == org.valueexchange.core.alert.Code.PARITY_OUTLIER);
                return map("segment", s.segment(), "accounts", s.accounts(),
                        "median", Figures.percent(s.median().get()),
                        "discount", Figures.percent(a.pricing().discount().get()), "outlier", outlier);
            }
        }
        return a.pricing().discount().map(d -> map("discount", Figures.percent(d), "accounts", 0)).orElse(map());
    }

    // ---------------------------------------------------------------- index

    /**
     * An account's row of the account table, and what the table is sorted by, worked out once
     * per account (worked out at every comparison, a lower-case name and an account's findings
     * were most of an index page's time), with the findings they were worked out from.
     */
    private record Keyed(AccountSummary summary, List<Alert> findings, Map<String, Object> row, Charts.MatrixPoint point,
                         String lowerName, int tierRank, BigDecimal balance, long days, int worst, int alerts) {

        static Keyed of(AccountSummary r, List<Alert> alerts, PortfolioOverview portfolio) {
            int worst = Views.worst(alerts);
            return new Keyed(r, alerts, Views.row(portfolio, r, alerts.size(), worst), matrixPoint(r),
                    r.name().toLowerCase(java.util.Locale.ROOT),
                    r.declaredTier().flatMap(portfolio.settings().tiers()::find)
                            .map(portfolio.settings().tiers()::rank).orElse(-1),
                    r.balance().value().orElse(BigDecimal.TEN), PlanViews.daysSinceReview(r, portfolio.asOf()),
                    worst, alerts.size());
        }

        String id() {
            return summary.id();
        }
    }

    /** An account of one overview's table, with its place in the order of names. */
    private record Ranked(Keyed keyed, int name) {
    }

    private static final Comparator<Keyed> BY_NAME = Comparator.comparing(Keyed::lowerName)
            .thenComparing(Keyed::id);

    /** The table's orders; each but the first breaks ties by name, as its place in that order. */
    static Comparator<Ranked> order(Sort sort) {
        Comparator<Ranked> byName = Comparator.comparingInt(Ranked::name);
        return switch (sort) {
            case NAME -> byName;
            case SEGMENT -> Comparator.comparing((Ranked k) -> k.keyed().summary().segment()).thenComparing(byName);
            case QUADRANT -> Comparator.comparingInt((Ranked k) -> -k.keyed().summary().quadrant().rank())
                    .thenComparing(k -> k.keyed().summary().quadrant()).thenComparing(byName);
            case TIER -> Comparator.comparingInt((Ranked k) -> -k.keyed().tierRank()).thenComparing(byName);
            case BALANCE -> Comparator.comparing((Ranked k) -> k.keyed().balance()).thenComparing(byName);
            case FRESHNESS -> Comparator.comparingLong((Ranked k) -> -k.keyed().days()).thenComparing(byName);
            case ALERTS -> Comparator.comparingInt((Ranked k) -> -k.keyed().worst())
                    .thenComparingInt(k -> -k.keyed().alerts()).thenComparing(byName);
        };
    }

    private static int worst(List<Alert> alerts) {
        return alerts.stream().mapToInt(a -> a.severity().ordinal() + 1).max().orElse(0);
    }

    private static List<Object> rows(Rows rows, Sort sort) {
        List<Ranked> order = sort == Sort.NAME ? rows.byName() : rows.orders().get(sort);
        if (order == null) {
            // Sorted outside the map, which would hold a lock another order's page may want.
            order = sorted(rows, sort);
            rows.orders().putIfAbsent(sort, order);
        }
        return order.stream().<Object>map(k -> k.keyed().row()).toList();
    }

    /**
     * The rows in {@code sort}'s order. Every order ends in the names' order, so any list of the
     * rows sorts to the same one. Sorted from the last overview's order of as many accounts
     * (its places in the names' order taken as this overview's: the same accounts, unless some
     * were renamed, added or removed), the list is nearly in order when an edit moved a row or
     * two, which a merge sort sorts in about one pass.
     */
    private static List<Ranked> sorted(Rows rows, Sort sort) {
        List<Ranked> earlier = rows.earlierOrders().remove(sort);
        List<Ranked> start;
        if (earlier == null) {
            start = new ArrayList<>(rows.byName());
        } else {
            start = new ArrayList<>(earlier.size());
            for (Ranked was : earlier) {
                start.add(rows.byName().get(was.name()));
            }
        }
        start.sort(order(sort));
        return List.copyOf(start);
    }

    /** The accounts' points of the orientation matrix, in the order of their names. */
    private static List<Charts.MatrixPoint> matrixPoints(Rows rows) {
        return rows.byName().stream().map(k -> k.keyed().point()).toList();
    }

    private static Charts.MatrixPoint matrixPoint(AccountSummary r) {
        return new Charts.MatrixPoint(shortName(r.name()),
                r.name() + ": intellectual " + Figures.plain(r.scores().intellectual())
                        + ", emotional " + Figures.plain(r.scores().emotional()) + " (" + r.quadrant().id() + ")",
                "accounts/" + r.id() + ".html", r.scores(), r.quadrant().id());
    }

    /**
     * A renderer's rows of the last portfolio it rendered index pages of: the seven index pages
     * show the same rows in their orders. Thread-safe: the pages are rendered at once.
     */
    static final class LastRows {
        private volatile Rows last;
        /**
         * Whether rendered rows may be kept for the next overview: only when the templates
         * cannot change. A user's templates are read again when edited, and a row rendered
         * before an edit (of {@code layout.ftl}, say) would sit beside rows rendered after it.
         */
        private final boolean keepTexts;

        LastRows(boolean keepTexts) {
            this.keepTexts = keepTexts;
        }
    }

    /**
     * An overview's rows, in the order of names and by id, the cache of their text, and their
     * other orders as the pages sort them (and, until then, the last overview's orders).
     */
    private record Rows(PortfolioOverview portfolio, List<Ranked> byName, Map<String, Keyed> byId, SameText cache,
                        Map<Sort, List<Ranked>> orders, Map<Sort, List<Ranked>> earlierOrders) {
    }

    /**
     * The rows of {@code portfolio}. A preview builds an overview after each edit that moves
     * a summary or a finding, and most accounts' rows stay as they were: with the same settings
     * and date, an account whose summary and findings are the last overview's keeps its row,
     * its sort keys and its rendered text, and only the others are worked out and rendered.
     */
    private static Rows rowsOf(LastRows last, PortfolioOverview portfolio) {
        Rows rows = last.last;
        if (rows != null && rows.portfolio() == portfolio) {
            return rows;
        }
        // The pages are rendered at once: the first works the rows out, the others wait for them.
        synchronized (last) {
            return rowsOfLocked(last, portfolio);
        }
    }

    private static Rows rowsOfLocked(LastRows last, PortfolioOverview portfolio) {
        Rows rows = last.last;
        if (rows != null && rows.portfolio() == portfolio) {
            return rows;
        }
        Rows earlier = rows != null && rows.portfolio().settings().equals(portfolio.settings())
                && rows.portfolio().asOf().equals(portfolio.asOf()) ? rows : null;
        Map<String, Keyed> byId = new java.util.HashMap<>();
        List<Keyed> keyed = new ArrayList<>();
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (AccountSummary r : portfolio.accounts()) {
            List<Alert> findings = portfolio.alertsFor(r.id());
            Keyed was = earlier == null ? null : earlier.byId().get(r.id());
            Keyed k;
            if (was != null && was.summary().equals(r) && was.findings().equals(findings)) {
                k = was;
                kept.add(r.id());
            } else {
                k = Keyed.of(r, findings, portfolio);
            }
            keyed.add(k);
            byId.put(r.id(), k);
        }
        keyed.sort(BY_NAME);
        List<Ranked> byName = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            byName.add(new Ranked(k, byName.size()));
        }
        SameText cache = earlier == null || !last.keepTexts ? new SameText() : new SameText(earlier.cache(), kept);
        // The last overview's orders, of as many accounts (only the orders: the last overview's
        // rows go once this one's are worked out).
        Map<Sort, List<Ranked>> earlierOrders = new java.util.concurrent.ConcurrentHashMap<>(
                earlier != null && earlier.byName().size() == byName.size() ? earlier.orders() : Map.of());
        rows = new Rows(portfolio, List.copyOf(byName), java.util.Collections.unmodifiableMap(byId), cache,
                new java.util.concurrent.ConcurrentHashMap<>(), earlierOrders);
        last.last = rows;
        return rows;
    }

    private static Map<String, Object> row(PortfolioOverview portfolio, AccountSummary r, int alerts, int worst) {
        return new SameText.Row(map("id", r.id(), "href", "accounts/" + r.id() + ".html",
                "name", r.name(), "segment", r.segment(), "quadrant", quadrantWords(r.quadrant()),
                "quadrantId", r.quadrant().id(),
                "tier", r.declaredTier().orElse("—"),
                "overTiered", r.overTiered(),
                "index", r.balance().words(portfolio.settings().band(), r.status()), "status", r.status().words(),
                "statusId", r.status().id(), "shape", Charts.shape(r.status()),
                "alerts", alerts,
                "worst", worst == 0 ? "none" : Severity.values()[worst - 1].id(),
                "freshness", PlanViews.freshnessCell(r, portfolio)));
    }

    static List<Object> sorts(Sort current) {
        List<Object> links = new ArrayList<>();
        for (Sort s : Sort.values()) {
            links.add(map("id", s.id(), "label", s.label, "href", s.page(), "current", s == current));
        }
        return links;
    }

    /**
     * The most findings {@code index.html} lists: beyond it, the page would be mostly findings
     * (18 MB at 10,000 accounts). Every account's page lists its own; the summary counts them all.
     */
    static final int INDEX_ALERTS = 200;

    static Map<String, Object> index(LastRows last, PortfolioOverview portfolio, Sort sort, boolean full,
                                     Locator locator) {
        return index(last, portfolio, sort, full, locator, INDEX_ALERTS);
    }

    static Map<String, Object> index(LastRows last, PortfolioOverview portfolio, Sort sort, boolean full,
                                     Locator locator, int maxAlerts) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site(portfolio, ""));
        // One set of rows for the whole page: the table, its cache and the matrix.
        Rows rows = rowsOf(last, portfolio);
        model.put("rows", rows(rows, sort));
        model.put("cache", rows.cache());
        model.put("sorts", sorts(sort));
        model.put("sort", sort.id());
        if (!full) {
            return model;
        }
        Map<String, String> names = new LinkedHashMap<>();
        portfolio.accounts().forEach(r -> names.put(r.id(), r.name()));
        long inBand = count(portfolio, EquilibriumStatus.IN_EQUILIBRIUM);
        List<Alert> all = portfolio.allAlerts();
        model.put("summary", map("accounts", portfolio.accounts().size(), "inEquilibrium", inBand,
                "underserved", count(portfolio, EquilibriumStatus.CUSTOMER_UNDERSERVED),
                "overinvesting", count(portfolio, EquilibriumStatus.VENDOR_OVERINVESTING),
                "noEvidence", count(portfolio, EquilibriumStatus.NO_EVIDENCE),
                "errors", all.stream().filter(a -> a.severity() == Severity.ERROR).count(),
                "warnings", all.stream().filter(a -> a.severity() == Severity.WARNING).count()));
        boolean labelled = portfolio.accounts().size() <= 40;
        model.put("matrix", Charts.matrix(matrixPoints(rows), portfolio.settings().threshold().value(), labelled));
        model.put("tiers", Charts.tiers(portfolio.findings().tiers()));
        model.put("tierRows", portfolio.findings().tiers().stream().<Object>map(t -> map("tier", t.tier().id(),
                "count", t.count(), "capacity", t.tier().capacity().isPresent()
                        ? String.valueOf(t.tier().capacity().getAsInt()) : "no limit",
                "over", t.overCapacity(), "kept", links(t.kept(), names), "overList", links(t.over(), names))).toList());
        model.put("parity", portfolio.findings().parity().stream().<Object>map(s -> map("segment", s.segment(),
                "accounts", s.accounts(), "compared", s.compared(),
                "median", s.median().map(Figures::percent).orElse("—"),
                "outliers", s.outliers().stream().<Object>map(o -> outlier(o, names)).toList())).toList());
        model.put("overdue", PlanViews.overdue(portfolio, names));
        model.put("alertsMore", Math.max(0, all.size() - maxAlerts));
        model.put("alerts", mostSevere(all, maxAlerts).stream().<Object>map(a -> {
                    // Its message cited already: the summaries keep the lines it quotes.
                    Map<String, Object> m = alert(a, a.message(), locator);
                    m.put("account", a.account().map(names::get).orElse("Portfolio"));
                    m.put("href", a.account().map(id -> "accounts/" + id + ".html").orElse(""));
                    return m;
                }).toList());
        return model;
    }

    /**
     * The first {@code max} findings, the most severe first and otherwise in their order: a
     * stable sort by severity, cut short, without sorting them all (30,000 at 10,000 accounts).
     */
    static List<Alert> mostSevere(List<Alert> alerts, int max) {
        List<Alert> chosen = new ArrayList<>(Math.min(max, alerts.size()));
        Severity[] severities = Severity.values();
        for (int s = severities.length - 1; s >= 0 && chosen.size() < max; s--) {
            for (Alert a : alerts) {
                if (a.severity() == severities[s]) {
                    chosen.add(a);
                    if (chosen.size() == max) {
                        break;
                    }
                }
            }
        }
        return chosen;
    }

    private static long count(PortfolioOverview portfolio, EquilibriumStatus status) {
        return portfolio.accounts().stream().filter(r -> r.status() == status).count();
    }

    private static List<Object> links(List<String> ids, Map<String, String> names) {
        return ids.stream().<Object>map(id -> map("name", names.getOrDefault(id, id),
                "href", "accounts/" + id + ".html")).toList();
    }

    private static Map<String, Object> outlier(ParityOutlier o, Map<String, String> names) {
        return map("name", names.getOrDefault(o.accountId(), o.accountId()), "href", "accounts/" + o.accountId() + ".html",
                "discount", Figures.percent(o.discount()),
                "deviation", (o.deviation().signum() > 0 ? "+" : "−") + Figures.percent(o.deviation().abs()));
    }

    /** A label short enough for a chart: the first word, or two if the first is short. */
    static String shortName(String name) {
        // Compiled once: String.split compiles its pattern at every call, 10,000 on an index.
        String[] words = WHITE_SPACE.split(name.trim(), 3);
        String label = words[0].length() < 4 && words.length > 1 ? words[0] + " " + words[1] : words[0];
        return label.length() > 16 ? label.substring(0, 15) + "…" : label;
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
}
