package org.valueexchange.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void everyItemIsAttemptedAndTheFirstFailureInTheItemsOrderIsRethrown() {
        AtomicInteger attempted = new AtomicInteger();
        assertThatThrownBy(() -> Cores.map(ITEMS, i -> {
            attempted.incrementAndGet();
            if (i == 700) {
                throw new IllegalStateException("second");
            }
            if (i == 300) {
                throw new IllegalArgumentException("first");
            }
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("first");
        assertThat(attempted).hasValue(ITEMS.size());
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
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            one.submit(() -> Cores.map(ITEMS, i -> threads.add(Thread.currentThread()))).get();
            assertThat(threads).hasSize(1);
        } finally {
            one.shutdown();
        }
    }

    @Test
    void everyThreadOfThePoolTakesItems() throws Exception {
        // Each of the first four items waits for the other three to start: only four threads
        // taking items at once get past them.
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            CountDownLatch started = new CountDownLatch(4);
            List<Boolean> met = four.submit(() -> Cores.map(ITEMS, i -> {
                if (i >= 4) {
                    return true;
                }
                started.countDown();
                try {
                    return started.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            })).get();
            assertThat(met).containsOnly(true);
        } finally {
            four.shutdown();
        }
    }
}
