package org.valueexchange.reports.site;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.valueexchange.reports.render.RenderException;

/**
 * The edits a preview rehearses after its build ({@link LiveSite#rehearse}), one round at a
 * time between real edits, until the just-in-time compiler has settled: so that the first
 * edits after a start run code compiled for what an edit does, without holding the start up.
 * At 10,000 accounts the compiler went on compiling for a dozen edits after five rounds
 * rehearsed, and each of those edits took 280 to 450 ms where later ones took 160 to 250
 * (BENCHMARKS.md).
 *
 * <p>Settled means {@value #QUIET_ROUNDS} rounds in a row each spent compiling less than a
 * quarter of its own time. Rounds stop there, or after {@value #MAX_ROUNDS} rounds, or once
 * they have taken {@value #MAX_SECONDS} seconds in all, or at the first that fails. Where the
 * JVM does not tell its compilation time, {@value #BLIND_ROUNDS} rounds are rehearsed. Not
 * thread-safe: a preview rehearses on the thread that updates its site.
 */
public final class Rehearsal {

    static final int QUIET_ROUNDS = 3;
    static final int MAX_ROUNDS = 60;
    static final int BLIND_ROUNDS = 20;
    static final long MAX_SECONDS = 30;

    /** One round: the round's number, and how many rounds the plans are spread over. */
    @FunctionalInterface
    interface Round {
        void run(int round, int rounds) throws RenderException, IOException;
    }

    private final Round rehearse;
    private final Supplier<OptionalLong> compileMillis;
    private final LongSupplier nanoTime;
    private int rounds;
    private int quiet;
    private long spentNanos;
    private boolean stopped;

    Rehearsal(Round rehearse, Supplier<OptionalLong> compileMillis, LongSupplier nanoTime) {
        this.rehearse = Objects.requireNonNull(rehearse, "rehearse");
        this.compileMillis = Objects.requireNonNull(compileMillis, "compileMillis");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Rehearsals of {@code live}'s edits, told of this JVM's compiler. */
    public static Rehearsal of(LiveSite live) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        Supplier<OptionalLong> millis = compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? () -> OptionalLong.of(compiler.getTotalCompilationTime())
                : OptionalLong::empty;
        return new Rehearsal(live::rehearse, millis, System::nanoTime);
    }

    /** Whether another round is wanted. */
    public boolean wanted() {
        if (stopped || rounds >= MAX_ROUNDS || spentNanos >= MAX_SECONDS * 1_000_000_000L) {
            return false;
        }
        return compileMillis.get().isPresent() ? quiet < QUIET_ROUNDS : rounds < BLIND_ROUNDS;
    }

    /**
     * Rehearses one more round. A round that fails stops the rehearsal: only the first edits'
     * speed was at stake.
     *
     * @throws IllegalStateException no round is {@link #wanted()}
     * @throws RenderException a template is broken
     * @throws IOException     a plan's attributes could not be read
     */
    public void round() throws RenderException, IOException {
        if (!wanted()) {
            throw new IllegalStateException("no more rounds are wanted, after " + rounds);
        }
        OptionalLong compiledBefore = compileMillis.get();
        long start = nanoTime.getAsLong();
        boolean done = false;
        try {
            rehearse.run(rounds, MAX_ROUNDS);
            done = true;
        } finally {
            stopped = !done;
            rounds++;
            long took = nanoTime.getAsLong() - start;
            spentNanos += took;
            OptionalLong compiledAfter = compileMillis.get();
            if (compiledBefore.isPresent() && compiledAfter.isPresent()) {
                long compiling = compiledAfter.getAsLong() - compiledBefore.getAsLong();
                quiet = compiling * 4 * 1_000_000L < took ? quiet + 1 : 0;
            }
        }
    }

    /** The rounds rehearsed so far. */
    int rounds() {
        return rounds;
    }

    /** How long the rounds took, in all, in milliseconds. */
    long millis() {
        return spentNanos / 1_000_000L;
    }
}
