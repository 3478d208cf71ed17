package org.valueexchange.reports.plan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
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
import org.valueexchange.core.exchange.RateCard;
import org.valueexchange.core.ledger.Ledger;
import org.valueexchange.core.objective.Action;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.objective.ObjectiveStatus;
import org.valueexchange.core.orientation.Orientation;
import org.valueexchange.core.orientation.Scores;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Relationship;
import org.valueexchange.core.stakeholder.RelationshipLevel;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;
import org.valueexchange.reports.plan.PlanLoader.LoadedAccount;

/**
 * A compact binary form of an account read from its plan, with where its values are written:
 * what a site build keeps between its two passes in a spill file, so that the second pass
 * need not read and check the YAML again. Reading it back gives an equal account and source
 * (every domain type is built through its constructor, so checked again). Only this class
 * reads what it wrote, in the same process: the form has no version and is no file format.
 */
public final class PlanCodec {

    private PlanCodec() {
    }

    /** The bytes of {@code loaded}. */
    public static byte[] encode(LoadedAccount loaded) {
        Out out = new Out();
        writeSource(out, loaded.source());
        writeAccount(out, loaded.account());
        return out.bytes();
    }

    /** What {@link #encode} was given. */
    public static LoadedAccount decode(byte[] bytes) {
        In in = new In(bytes);
        PlanSource source = readSource(in);
        Account account = readAccount(in);
        if (in.at != bytes.length) {
            throw new IllegalStateException("a spilled plan did not end where it should");
        }
        return new LoadedAccount(account, source);
    }

    // ------------------------------------------------------------------ source

    private static void writeSource(Out out, PlanSource source) {
        out.string(source.path());
        out.string(source.relativePath());
        out.varint(source.locations().size());
        source.locations().forEach((pointer, location) -> {
            out.string(pointer);
            // Locations of one plan name its file; anything else is written out.
            boolean own = location.path().equals(source.path());
            out.bool(own);
            if (!own) {
                out.string(location.path());
            }
            out.varint(location.line());
            out.varint(location.column());
        });
    }

    private static PlanSource readSource(In in) {
        String path = in.string();
        String relative = in.string();
        int size = in.varint();
        Map<String, Location> locations = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            String pointer = in.string();
            String file = in.bool() ? path : in.string();
            locations.put(pointer, new Location(file, in.varint(), in.varint()));
        }
        return new PlanSource(path, relative, locations);
    }

    // ------------------------------------------------------------------ account

    private static void writeAccount(Out out, Account a) {
        out.string(a.id());
        out.string(a.name());
        out.string(a.segment());
        out.string(a.owner());
        out.string(a.currency().getCurrencyCode());
        writeDecimal(out, a.orientation().scores().intellectual());
        writeDecimal(out, a.orientation().scores().emotional());
        writeList(out, a.orientation().evidence(), out::string);
        writeOptional(out, a.tier(), out::string);
        writeList(out, a.sponsors().vendor(), s -> writeSponsor(out, s));
        writeList(out, a.sponsors().customer(), s -> writeSponsor(out, s));
        writeOptional(out, a.pricing().discount(), d -> writeDecimal(out, d));
        writeList(out, a.pricing().requests(), r -> {
            writeDate(out, r.date());
            out.string(r.by());
            writeDecimal(out, r.discount());
            out.varint(r.status().ordinal());
        });
        writeList(out, a.ledger().exchanges(), e -> writeExchange(out, e));
        out.varint(a.ledger().rateCard().rates().size());
        a.ledger().rateCard().rates().forEach((kind, rate) -> {
            out.varint(kind.ordinal());
            writeDecimal(out, rate);
        });
        writeList(out, a.reviews(), r -> {
            writeDate(out, r.date());
            out.string(r.notes());
            writeOptional(out, r.kind(), k -> out.varint(k.ordinal()));
            out.bool(r.rating().isPresent());
            if (r.rating().isPresent()) {
                out.varint(r.rating().getAsInt());
            }
            writeList(out, r.attendees(), out::string);
        });
        writeList(out, a.stakeholders().people(), s -> {
            out.string(s.name());
            out.string(s.role());
            out.varint(s.side().ordinal());
            out.varint(s.influence().ordinal());
            out.varint(s.stance().ordinal());
            writeOptional(out, s.relationship(), r -> {
                out.varint(r.current().ordinal());
                out.varint(r.target().ordinal());
            });
            writeOptional(out, s.lastContact(), d -> writeDate(out, d));
            writeOptional(out, s.reportsTo(), out::string);
        });
        writeList(out, a.objectives(), o -> {
            out.string(o.id());
            out.string(o.statement());
            out.string(o.owner());
            writeOptional(out, o.due(), d -> writeDate(out, d));
            out.varint(o.status().ordinal());
            writeList(out, o.actions(), action -> {
                out.string(action.what());
                out.string(action.owner());
                writeOptional(out, action.due(), d -> writeDate(out, d));
                out.bool(action.done());
            });
        });
    }

    private static final Direction[] DIRECTIONS = Direction.values();
    private static final Kind[] KINDS = Kind.values();
    private static final RequestStatus[] REQUEST_STATUSES = RequestStatus.values();
    private static final ReviewKind[] REVIEW_KINDS = ReviewKind.values();
    private static final Side[] SIDES = Side.values();
    private static final Influence[] INFLUENCES = Influence.values();
    private static final org.valueexchange.core.stakeholder.Stance[] STANCES =
            org.valueexchange.core.stakeholder.Stance.values();
    private static final RelationshipLevel[] LEVELS = RelationshipLevel.values();
    private static final ObjectiveStatus[] OBJECTIVE_STATUSES = ObjectiveStatus.values();

    private static Account readAccount(In in) {
        String id = in.string();
        String name = in.string();
        String segment = in.string();
        String owner = in.string();
        Currency currency = Currency.getInstance(in.string());
        Scores scores = new Scores(readDecimal(in), readDecimal(in));
        Orientation orientation = new Orientation(scores, readList(in, In::string));
        Optional<String> tier = readOptional(in, In::string);
        Sponsors sponsors = new Sponsors(readList(in, PlanCodec::readSponsor), readList(in, PlanCodec::readSponsor));
        Optional<BigDecimal> discount = readOptional(in, PlanCodec::readDecimal);
        List<DiscountRequest> requests = readList(in, i -> new DiscountRequest(readDate(i), i.string(), readDecimal(i),
                REQUEST_STATUSES[i.varint()]));
        List<Exchange> exchanges = readList(in, PlanCodec::readExchange);
        int rates = in.varint();
        Map<Kind, BigDecimal> card = new EnumMap<>(Kind.class);
        for (int r = 0; r < rates; r++) {
            card.put(KINDS[in.varint()], readDecimal(in));
        }
        List<Review> reviews = readList(in, i -> {
            LocalDate date = readDate(i);
            String notes = i.string();
            Optional<ReviewKind> kind = readOptional(i, j -> REVIEW_KINDS[j.varint()]);
            OptionalInt rating = i.bool() ? OptionalInt.of(i.varint()) : OptionalInt.empty();
            return new Review(date, notes, kind, rating, readList(i, In::string));
        });
        List<Stakeholder> people = readList(in, i -> new Stakeholder(i.string(), i.string(), SIDES[i.varint()],
                INFLUENCES[i.varint()], STANCES[i.varint()],
                readOptional(i, j -> new Relationship(LEVELS[j.varint()], LEVELS[j.varint()])),
                readOptional(i, PlanCodec::readDate), readOptional(i, In::string)));
        List<Objective> objectives = readList(in, i -> {
            String objective = i.string();
            String statement = i.string();
            String by = i.string();
            Optional<LocalDate> due = readOptional(i, PlanCodec::readDate);
            ObjectiveStatus status = OBJECTIVE_STATUSES[i.varint()];
            return new Objective(objective, statement, by, due, status, readList(i, j ->
                    new Action(j.string(), j.string(), readOptional(j, PlanCodec::readDate), j.bool())));
        });
        return new Account(id, name, segment, owner, currency, orientation, tier, sponsors,
                new Pricing(discount, requests), new Ledger(exchanges, new RateCard(card)), reviews,
                new StakeholderMap(people), objectives);
    }

    private static void writeSponsor(Out out, Sponsor s) {
        out.string(s.name());
        out.string(s.role());
        out.bool(s.executive());
    }

    private static Sponsor readSponsor(In in) {
        return new Sponsor(in.string(), in.string(), in.bool());
    }

    private static void writeExchange(Out out, Exchange e) {
        writeDate(out, e.date());
        out.varint(e.direction().ordinal());
        out.varint(e.kind().ordinal());
        out.bool(e.quantity() instanceof Quantity.Money);
        writeDecimal(out, e.quantity().value());
        writeOptional(out, e.note(), out::string);
    }

    private static Exchange readExchange(In in) {
        LocalDate date = readDate(in);
        Direction direction = DIRECTIONS[in.varint()];
        Kind kind = KINDS[in.varint()];
        boolean money = in.bool();
        BigDecimal value = readDecimal(in);
        Quantity quantity = money ? new Quantity.Money(value) : new Quantity.Units(value);
        return new Exchange(date, direction, kind, quantity, readOptional(in, In::string));
    }

    // ------------------------------------------------------------------ values

    private static void writeDate(Out out, LocalDate date) {
        out.varlong(date.toEpochDay());
    }

    private static LocalDate readDate(In in) {
        return LocalDate.ofEpochDay(in.varlong());
    }

    /** A decimal as its scale and unscaled value: a long where it fits, else its digits. */
    private static void writeDecimal(Out out, BigDecimal value) {
        out.varlong(value.scale());
        boolean small = value.precision() <= 18;
        out.bool(small);
        if (small) {
            out.varlong(value.scaleByPowerOfTen(value.scale()).longValueExact());
        } else {
            out.string(value.unscaledValue().toString());
        }
    }

    private static BigDecimal readDecimal(In in) {
        int scale = Math.toIntExact(in.varlong());
        return in.bool() ? BigDecimal.valueOf(in.varlong(), scale)
                : new BigDecimal(new java.math.BigInteger(in.string()), scale);
    }

    private interface Writer<T> {
        void write(T value);
    }

    private static <T> void writeList(Out out, List<T> items, Writer<T> item) {
        out.varint(items.size());
        for (T t : items) {
            item.write(t);
        }
    }

    private static <T> List<T> readList(In in, Function<In, T> item) {
        int size = in.varint();
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item.apply(in));
        }
        return items;
    }

    private static <T> void writeOptional(Out out, Optional<T> value, Writer<T> item) {
        out.bool(value.isPresent());
        value.ifPresent(item::write);
    }

    private static <T> Optional<T> readOptional(In in, Function<In, T> item) {
        return in.bool() ? Optional.of(item.apply(in)) : Optional.empty();
    }

    /** Bytes being written: variable-length numbers, strings as UTF-8 after their length. */
    private static final class Out {
        private byte[] bytes = new byte[4096];
        private int size;

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void bool(boolean b) {
            ensure(1);
            bytes[size++] = (byte) (b ? 1 : 0);
        }

        void varint(int v) {
            varlong(v);
        }

        /** Zig-zag, then seven bits a byte. */
        void varlong(long v) {
            long z = (v << 1) ^ (v >> 63);
            ensure(10);
            while ((z & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            bytes[size++] = (byte) z;
        }

        /**
         * A string as UTF-8 where that keeps it whole, else as its UTF-16 chars: UTF-8 cannot
         * hold a lone surrogate, which a YAML escape ({@code "\ud800"}) can put in a plan.
         */
        void string(String s) {
            if (!hasSurrogate(s)) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                bool(false);
                varint(utf8.length);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, bytes, size, utf8.length);
                size += utf8.length;
                return;
            }
            bool(true);
            varint(s.length());
            ensure(2 * s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                bytes[size++] = (byte) (c >>> 8);
                bytes[size++] = (byte) c;
            }
        }

        private static boolean hasSurrogate(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Bytes being read, as {@link Out} wrote them. */
    private static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean bool() {
            return bytes[at++] != 0;
        }

        int varint() {
            return Math.toIntExact(varlong());
        }

        long varlong() {
            long z = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                z |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return (z >>> 1) ^ -(z & 1);
        }

        String string() {
            boolean chars = bool();
            int length = varint();
            if (!chars) {
                String s = new String(bytes, at, length, StandardCharsets.UTF_8);
                at += length;
                return s;
            }
            char[] text = new char[length];
            for (int i = 0; i < length; i++) {
                text[i] = (char) ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
                at += 2;
            }
            return new String(text);
        }
    }
}
