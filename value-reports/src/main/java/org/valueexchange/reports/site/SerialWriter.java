package org.valueexchange.reports.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes a build's files one at a time, whichever thread renders them: a thread that has
 * rendered a page hands it over and, if no other thread is writing, writes what is waiting;
 * if one is, it goes back to rendering.
 *
 * <p>Why one at a time: creating a file holds its folder's lock in the kernel for as long as
 * the file system takes to find a free inode, and a site puts thousands of pages in one
 * folder. On ext4 without a journal, seconds after a site of the same size was deleted,
 * finding an inode walks past every recently deleted one: a 10,000-account build spent a
 * quarter of its CPU there, and another tenth with its second thread spinning on the folder's
 * lock (BENCHMARKS.md, "Creating files"). Written one at a time, no thread waits on another's
 * file: it renders the next page instead. No thread of its own, so no thread is woken per file.
 *
 * <p>At most {@link #QUEUED} files wait their turn, and one more for each thread handing one
 * over at that moment; a thread that finds more waiting waits for the turn and writes them, so
 * memory stays bounded. A failed write is kept and every later one skipped;
 * {@link #finish} writes what is left and rethrows the first failure as itself, and
 * {@link #checkOk} lets renderers stop early. Thread-safe.
 */
final class SerialWriter {

    /** Files waiting to be written, at most, before a thread handing one over waits. */
    static final int QUEUED = 32;

    /** A file to write, and what to do once it is written. */
    private record Job(Path file, byte[] bytes, Runnable written) {
    }

    private final ConcurrentLinkedQueue<Job> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final ReentrantLock writing = new ReentrantLock();
    /** The first failure, an IOException, RuntimeException or Error; null while none. */
    private volatile Throwable failure;

    /**
     * Hands {@code bytes} over to be written to {@code file}, replacing it if it exists, then
     * {@code written} to be run; writes what is waiting unless another thread is at it.
     *
     * @throws IOException a write failed, this one or an earlier (that failure, as itself;
     *                     as a RuntimeException or Error if that is what it was, such as one
     *                     thrown by a {@code written} callback)
     */
    void write(Path file, byte[] bytes, Runnable written) throws IOException {
        checkOk();
        waiting.add(new Job(file, bytes, written));
        if (queued.incrementAndGet() > QUEUED) {
            writing.lock();
        } else if (!writing.tryLock()) {
            return;
        }
        try {
            drain();
        } finally {
            writing.unlock();
        }
        checkOk();
    }

    /** Throws the first failed write's failure, if one failed. */
    void checkOk() throws IOException {
        Throwable failed = failure;
        if (failed == null) {
            return;
        }
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof RuntimeException bug) {
            throw bug;
        }
        throw (Error) failed;
    }

    /**
     * Writes every file still waiting (one handed over while another thread was finishing its
     * turn may be), after any write under way, then throws the first failure, if any. Call it
     * once no thread hands over more: no write is under way after it.
     */
    void finish() throws IOException {
        writing.lock();
        try {
            drain();
        } finally {
            writing.unlock();
        }
        checkOk();
    }

    private void drain() {
        Job job;
        while ((job = waiting.poll()) != null) {
            queued.decrementAndGet();
            if (failure != null) {
                continue;
            }
            try {
                Files.write(job.file(), job.bytes());
                job.written().run();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
