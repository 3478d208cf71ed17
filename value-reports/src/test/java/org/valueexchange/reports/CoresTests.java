package org.valueexchange.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoresTests {

    private static final List<Integer> ITEMS = IntStream.range(0, 1000).boxed().toList();

    @Test
    void resultsComeInTheItemsOrder() {
        assertThat(Cores.map(ITEMS, i -> i * 2)).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
        assertThat(Cores.map(List.<Integer>of(), i -> i)).isEmpty();
    }

    @Test
    void everyItemIsAttemptedAndTheFirstFailureInTheItemsOrderIsRethrown() throws Exception {
        // Item 300 fails after item 700 has: it waits until 701 is taken, which the other
        // thread does once it is done with 700.
        AtomicInteger attempted = new AtomicInteger();
        CountDownLatch sevenHundredDone = new CountDownLatch(1);
        Throwable thrown = inPool(2, () -> {
            try {
                Cores.map(ITEMS, i -> {
                    attempted.incrementAndGet();
                    if (i == 701) {
                        sevenHundredDone.countDown();
                    }
                    if (i == 700) {
                        throw new IllegalStateException("second");
                    }
                    if (i == 300) {
                        await(sevenHundredDone);
                        throw new IllegalArgumentException("first");
                    }
                    return i;
                });
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("first");
        assertThat(attempted).hasValue(ITEMS.size());
    }

    @Test
    void theCallerWaitsForTheResultsOfTheOtherThreads() throws Exception {
        // The caller goes on only once another thread has taken an item, which it is slow
        // to finish: the caller is done with the rest long before.
        CountDownLatch taken = new CountDownLatch(1);
        List<Integer> results = inPool(4, () -> {
            Thread caller = Thread.currentThread();
            return Cores.map(ITEMS.subList(0, 40), i -> {
                if (Thread.currentThread() != caller) {
                    taken.countDown();
                    sleep(30);
                } else {
                    await(taken);
                }
                return i * 3;
            });
        });
        assertThat(results).isEqualTo(ITEMS.subList(0, 40).stream().map(i -> i * 3).toList());
    }

    @Test
    void aCheckedExceptionThrownUndeclaredIsRethrownAsItself() {
        IOException checked = new IOException("checked");
        assertThatThrownBy(() -> Cores.map(ITEMS, i -> i == 10 ? CoresTests.<RuntimeException>sneaky(checked) : i))
                .isSameAs(checked);
    }

    @Test
    void anErrorStopsTheHandingOut() throws Exception {
        AtomicInteger attempted = new AtomicInteger();
        Throwable thrown = inPool(1, () -> {
            try {
                Cores.map(ITEMS, i -> {
                    attempted.incrementAndGet();
                    if (i == 5) {
                        throw new OutOfMemoryError("a test's");
                    }
                    return i;
                });
                return null;
            } catch (OutOfMemoryError e) {
                return e;
            }
        });
        assertThat(thrown).hasMessage("a test's");
        assertThat(attempted).hasValue(6);
    }

    /** What {@code task} gives, run in a pool of {@code threads} threads of its own. */
    private static <T> T inPool(int threads, java.util.concurrent.Callable<T> task) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task).get();
        } finally {
            pool.shutdown();
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> Integer sneaky(Throwable t) throws E {
        throw (E) t;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void errorsAreRethrownAsThemselves() {
        assertThatThrownBy(() -> Cores.map(ITEMS, i -> {
            if (i == 5) {
                throw new AssertionError("an error");
            }
            return i;
        })).isInstanceOf(AssertionError.class).hasMessage("an error");
    }

    @Test
    void runsOnTheThreadsOfThePoolItIsCalledIn() throws Exception {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        inPool(1, () -> Cores.map(ITEMS, i -> threads.add(Thread.currentThread())));
        assertThat(threads).hasSize(1);
    }

    @Test
    void everyThreadOfThePoolTakesItems() throws Exception {
        // Each of the first four items waits for the other three to start: only four threads
        // taking items at once get past them.
        CountDownLatch started = new CountDownLatch(4);
        List<Boolean> met = inPool(4, () -> Cores.map(ITEMS, i -> {
            if (i >= 4) {
                return true;
            }
            started.countDown();
            return await(started);
        }));
        assertThat(met).containsOnly(true);
    }
}
