package org.valueexchange.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a step over a list of items on every thread of the current pool, handing the items out
 * one at a time in the list's order, so that the threads finish together whatever each item
 * costs.
 *
 * <p>A parallel stream splits a list into a few large runs up front (a quarter of the list each
 * on a two-core machine); when one thread finishes its runs it has nothing left to take, and
 * the last run of a 10,000-page build kept one core busy alone for 0.4 s. Here each thread takes
 * the next item as it finishes one, so the large items placed first (the index pages) go first
 * and the last item ends at most one item's time before the others.
 *
 * <p>The threads are those of the fork-join pool the caller runs in (as a parallel stream's
 * are): a builder's own pool, or else the common pool, with the caller taking items too.
 */
public final class Cores {

    private Cores() {
    }

    /**
     * {@code step} applied to every item, the results in the items' order. Every item is
     * attempted (but after an {@link Error}, which stops the handing out); then, if any step
     * failed, the failure of the first such item in the list's order is rethrown as itself, so
     * that no step is still under way when the caller goes on.
     */
    public static <T, R> List<R> map(List<T> all, Function<? super T, ? extends R> step) {
        List<T> items = all instanceof RandomAccess ? all : new ArrayList<>(all);
        int size = items.size();
        Object[] results = new Object[size];
        Throwable[] failures = new Throwable[size];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                try {
                    results[i] = step.apply(items.get(i));
                } catch (Throwable e) {
                    failures[i] = e;
                    if (e instanceof Error) {
                        // Out of memory or the like: hand nothing more out.
                        next.set(size);
                    }
                }
            }
        };
        ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        // The caller works too; in its own pool it is one of the pool's threads.
        int helpers = Math.min(size, ForkJoinTask.inForkJoinPool() ? pool.getParallelism() : pool.getParallelism() + 1) - 1;
        List<ForkJoinTask<?>> forked = new ArrayList<>(Math.max(helpers, 0));
        for (int h = 0; h < helpers; h++) {
            forked.add(ForkJoinTask.adapt(worker).fork());
        }
        worker.run();
        forked.forEach(ForkJoinTask::join);
        for (Throwable failure : failures) {
            if (failure != null) {
                throw Cores.<RuntimeException>asThrown(failure);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }

    /** {@code failure} rethrown as itself, whatever it is (a step may throw a checked exception undeclared). */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E asThrown(Throwable failure) throws E {
        throw (E) failure;
    }
}
