package org.valueexchange.core.ledger;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.valueexchange.core.exchange.Direction;
import org.valueexchange.core.exchange.Kind;

/**
 * What flowed each way, in money, and by kind. Sums are exact.
 *
 * @param given    value the vendor gave (G)
 * @param received value the vendor received (R)
 * @param givenByKind    G split by kind; only kinds that occurred
 * @param receivedByKind R split by kind; only kinds that occurred
 */
public record Totals(BigDecimal given, BigDecimal received,
                     Map<Kind, BigDecimal> givenByKind, Map<Kind, BigDecimal> receivedByKind) {

    public static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), Map.of());

    public Totals {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(received, "received");
        givenByKind = copy(givenByKind);
        receivedByKind = copy(receivedByKind);
        if (given.signum() < 0 || received.signum() < 0) {
            throw new IllegalArgumentException("totals must be >= 0");
        }
    }

    /** Totals of a single flow of {@code value}. */
    public static Totals of(Direction direction, Kind kind, BigDecimal value) {
        Map<Kind, BigDecimal> one = Map.of(kind, value);
        return direction == Direction.TO_CUSTOMER
                ? new Totals(value, BigDecimal.ZERO, one, Map.of())
                : new Totals(BigDecimal.ZERO, value, Map.of(), one);
    }

    public Totals plus(Totals other) {
        return new Totals(given.add(other.given), received.add(other.received),
                merge(givenByKind, other.givenByKind), merge(receivedByKind, other.receivedByKind));
    }

    /** What the vendor received as revenue: the base a discount applies to. */
    public BigDecimal revenue() {
        return receivedByKind.getOrDefault(Kind.REVENUE, BigDecimal.ZERO);
    }

    public boolean isEmpty() {
        return given.signum() == 0 && received.signum() == 0;
    }

    private static Map<Kind, BigDecimal> merge(Map<Kind, BigDecimal> a, Map<Kind, BigDecimal> b) {
        EnumMap<Kind, BigDecimal> sum = a.isEmpty() ? new EnumMap<>(Kind.class) : new EnumMap<>(a);
        for (Map.Entry<Kind, BigDecimal> e : b.entrySet()) {
            sum.merge(e.getKey(), e.getValue(), BigDecimal::add);
        }
        return sum;
    }

    private static Map<Kind, BigDecimal> copy(Map<Kind, BigDecimal> byKind) {
        Objects.requireNonNull(byKind, "byKind");
        EnumMap<Kind, BigDecimal> copy = new EnumMap<>(Kind.class);
        // A loop rather than forEach with a lambda: totals are made for every period of every
        // account, and a capturing lambda costs a native call each time under the quick compiler.
        for (Map.Entry<Kind, BigDecimal> e : byKind.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Adds up flows one at a time, for a ledger's totals, without a new {@code Totals} for each. */
    static final class Sum {
        private BigDecimal given = BigDecimal.ZERO;
        private BigDecimal received = BigDecimal.ZERO;
        private final EnumMap<Kind, BigDecimal> givenByKind = new EnumMap<>(Kind.class);
        private final EnumMap<Kind, BigDecimal> receivedByKind = new EnumMap<>(Kind.class);

        void add(Direction direction, Kind kind, BigDecimal value) {
            if (direction == Direction.TO_CUSTOMER) {
                given = given.add(value);
                givenByKind.merge(kind, value, BigDecimal::add);
            } else {
                received = received.add(value);
                receivedByKind.merge(kind, value, BigDecimal::add);
            }
        }

        Totals totals() {
            return new Totals(given, received, givenByKind, receivedByKind);
        }
    }
}
