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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWriterThreadTests {

    @TempDir
    Path tmp;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyFileHandedOverIsWrittenBeforeFinishReturnsAndEachIsToldInTurn() throws Exception {
        FileWriterThread writer = FileWriterThread.start();
        List<Integer> told = Collections.synchronizedList(new ArrayList<>());
        // More than the queue holds, so that handing over waits for the writer.
        int n = FileWriterThread.QUEUED * 8;
        for (int i = 0; i < n; i++) {
            int index = i;
            writer.write(tmp.resolve("f" + i + ".html"), bytes("page " + i), () -> told.add(index));
        }
        writer.finish();
        for (int i = 0; i < n; i++) {
            assertThat(tmp.resolve("f" + i + ".html")).hasContent("page " + i);
        }
        assertThat(told).containsExactlyElementsOf(java.util.stream.IntStream.range(0, n).boxed().toList());
    }

    @Test
    void aFileThatExistsIsReplaced() throws Exception {
        Path file = Files.writeString(tmp.resolve("page.html"), "a much longer old text than the new one");
        FileWriterThread writer = FileWriterThread.start();
        writer.write(file, bytes("new"), () -> { });
        writer.finish();
        assertThat(file).hasContent("new");
    }

    @Test
    void theFirstFailureIsThrownAsItselfAndEveryLaterWriteIsSkipped() throws Exception {
        FileWriterThread writer = FileWriterThread.start();
        java.util.concurrent.CountDownLatch allHandedOver = new java.util.concurrent.CountDownLatch(1);
        writer.write(tmp.resolve("before.html"), bytes("1"), () -> {
            try {
                allHandedOver.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.write(tmp.resolve("no-such-folder/page.html"), bytes("2"), () -> { });
        // Handed over before the failure happened, so accepted, but never written.
        writer.write(tmp.resolve("after.html"), bytes("3"), () -> { });
        allHandedOver.countDown();
        Throwable failure = catchThrowable(writer::finish);
        assertThat(failure).isInstanceOf(NoSuchFileException.class).hasMessageContaining("no-such-folder");
        assertThat(tmp.resolve("before.html")).hasContent("1");
        assertThat(tmp.resolve("after.html")).doesNotExist();
        // From then on, the same failure, for anyone who asks or hands over more.
        assertThat(catchThrowable(writer::checkOk)).isSameAs(failure);
        assertThat(catchThrowable(() -> writer.write(tmp.resolve("later.html"), bytes("4"), () -> { })))
                .isSameAs(failure);
        assertThat(catchThrowable(writer::finish)).isSameAs(failure);
        assertThat(tmp.resolve("later.html")).doesNotExist();
    }

    @Test
    void aCallbackThatThrowsIsTheFailure() throws Exception {
        FileWriterThread writer = FileWriterThread.start();
        IllegalStateException bug = new IllegalStateException("progress broke");
        java.util.concurrent.CountDownLatch bHandedOver = new java.util.concurrent.CountDownLatch(1);
        writer.write(tmp.resolve("a.html"), bytes("a"), () -> {
            try {
                bHandedOver.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw bug;
        });
        writer.write(tmp.resolve("b.html"), bytes("b"), () -> { });
        bHandedOver.countDown();
        assertThat(catchThrowable(writer::finish)).isSameAs(bug);
        assertThat(tmp.resolve("a.html")).hasContent("a");
        assertThat(tmp.resolve("b.html")).doesNotExist();
    }

    @Test
    void finishingTwiceWaitsOnceAndTellsTheSame() throws IOException {
        FileWriterThread writer = FileWriterThread.start();
        writer.write(tmp.resolve("a.html"), bytes("a"), () -> { });
        writer.finish();
        writer.finish();
        assertThat(tmp.resolve("a.html")).hasContent("a");
    }
}
