package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Each test fails rather than hangs if a change makes a thread wait forever. */
@Timeout(60)
class SerialWriterTests {

    @TempDir
    Path tmp;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A thread that hands over {@code first} and keeps the writer's turn until {@code release}. */
    private Thread holdingTheTurn(SerialWriter writer, CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try {
                writer.write(tmp.resolve("first.html"), bytes("first"), () -> {
                    holding.countDown();
                    await(release);
                });
            } catch (IOException e) {
                // The holder writes what waits behind it, and so meets a failure among them;
                // finish tells it too.
            }
        });
        holder.start();
        holding.await();
        return holder;
    }

    @Test
    void everyFileHandedOverFromManyThreadsIsWrittenOnceByFinishAndToldOnce() throws Exception {
        SerialWriter writer = new SerialWriter();
        List<Integer> told = Collections.synchronizedList(new ArrayList<>());
        int perThread = SerialWriter.QUEUED * 4;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int from = t * perThread;
            threads.add(new Thread(() -> {
                try {
                    for (int i = from; i < from + perThread; i++) {
                        int index = i;
                        writer.write(tmp.resolve("f" + i + ".html"), bytes("page " + i), () -> told.add(index));
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        writer.finish();
        assertThat(failures).isEmpty();
        for (int i = 0; i < 4 * perThread; i++) {
            assertThat(tmp.resolve("f" + i + ".html")).hasContent("page " + i);
        }
        assertThat(told).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 4 * perThread).boxed().toList());
    }

    @Test
    void aThreadHandingOverWhileAnotherWritesGoesOnAndItsFileIsWrittenForIt() throws Exception {
        SerialWriter writer = new SerialWriter();
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = holdingTheTurn(writer, release);
        writer.write(tmp.resolve("second.html"), bytes("second"), () -> { });
        // Returned at once: not written by this thread, another has the turn.
        assertThat(tmp.resolve("second.html")).doesNotExist();
        release.countDown();
        holder.join();
        writer.finish();
        assertThat(tmp.resolve("first.html")).hasContent("first");
        assertThat(tmp.resolve("second.html")).hasContent("second");
    }

    @Test
    void aThreadHandingOverMoreThanTheQueueHoldsWaitsItsTurn() throws Exception {
        SerialWriter writer = new SerialWriter();
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = holdingTheTurn(writer, release);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i <= SerialWriter.QUEUED; i++) {
                    writer.write(tmp.resolve("q" + i + ".html"), bytes("q" + i), () -> { });
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        producer.start();
        Thread.State state;
        while ((state = producer.getState()) != Thread.State.WAITING && state != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        assertThat(state).isEqualTo(Thread.State.WAITING);
        assertThat(tmp.resolve("q0.html")).doesNotExist();
        release.countDown();
        holder.join();
        producer.join();
        writer.finish();
        for (int i = 0; i <= SerialWriter.QUEUED; i++) {
            assertThat(tmp.resolve("q" + i + ".html")).hasContent("q" + i);
        }
    }

    @Test
    void aFileThatExistsIsReplaced() throws Exception {
        Path file = Files.writeString(tmp.resolve("page.html"), "a much longer old text than the new one");
        SerialWriter writer = new SerialWriter();
        writer.write(file, bytes("new"), () -> { });
        writer.finish();
        assertThat(file).hasContent("new");
    }

    @Test
    void theFirstFailureIsThrownAsItselfToEveryoneFromThenOn() throws Exception {
        SerialWriter writer = new SerialWriter();
        writer.write(tmp.resolve("before.html"), bytes("1"), () -> { });
        Throwable failure = catchThrowable(() -> writer.write(tmp.resolve("no-such-folder/page.html"), bytes("2"),
                () -> { }));
        assertThat(failure).isInstanceOf(NoSuchFileException.class).hasMessageContaining("no-such-folder");
        assertThat(catchThrowable(writer::checkOk)).isSameAs(failure);
        assertThat(catchThrowable(() -> writer.write(tmp.resolve("after.html"), bytes("3"), () -> { })))
                .isSameAs(failure);
        assertThat(catchThrowable(writer::finish)).isSameAs(failure);
        assertThat(tmp.resolve("before.html")).hasContent("1");
        assertThat(tmp.resolve("after.html")).doesNotExist();
    }

    @Test
    void filesWaitingWhenAWriteFailsAreSkipped() throws Exception {
        SerialWriter writer = new SerialWriter();
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = holdingTheTurn(writer, release);
        // Both wait behind the holder's turn: the failure has not happened yet.
        writer.write(tmp.resolve("no-such-folder/page.html"), bytes("bad"), () -> { });
        writer.write(tmp.resolve("later.html"), bytes("later"), () -> { });
        release.countDown();
        holder.join();
        assertThat(catchThrowable(writer::finish)).isInstanceOf(NoSuchFileException.class);
        assertThat(tmp.resolve("first.html")).hasContent("first");
        assertThat(tmp.resolve("later.html")).doesNotExist();
    }

    @Test
    void aCallbackThatThrowsIsTheFailure() throws Exception {
        SerialWriter writer = new SerialWriter();
        IllegalStateException bug = new IllegalStateException("progress broke");
        assertThat(catchThrowable(() -> writer.write(tmp.resolve("a.html"), bytes("a"), () -> {
            throw bug;
        }))).isSameAs(bug);
        assertThat(catchThrowable(() -> writer.write(tmp.resolve("b.html"), bytes("b"), () -> { }))).isSameAs(bug);
        assertThat(catchThrowable(writer::finish)).isSameAs(bug);
        assertThat(tmp.resolve("a.html")).hasContent("a");
        assertThat(tmp.resolve("b.html")).doesNotExist();
    }

    @Test
    void finishingTwiceWritesNothingMoreAndTellsTheSameFailure() throws IOException {
        SerialWriter writer = new SerialWriter();
        writer.write(tmp.resolve("a.html"), bytes("a"), () -> { });
        writer.finish();
        writer.finish();
        assertThat(tmp.resolve("a.html")).hasContent("a");

        SerialWriter failing = new SerialWriter();
        Throwable failure = catchThrowable(() -> failing.write(tmp.resolve("none/b.html"), bytes("b"), () -> { }));
        assertThat(failure).isInstanceOf(NoSuchFileException.class);
        assertThat(catchThrowable(failing::finish)).isSameAs(failure);
        assertThat(catchThrowable(failing::finish)).isSameAs(failure);
    }
}
