package org.valueexchange.reports.site;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes a build's files on a thread of its own, in the order they are handed to it, while the
 * threads that render pages go on rendering.
 *
 * <p>Why one thread: creating a file holds its folder's lock in the kernel for as long as the
 * file system takes to find a free inode, and a site puts thousands of pages in one folder.
 * On ext4 without a journal, seconds after a site of the same size was deleted, finding an
 * inode walks past every recently deleted one: a 10,000-account build spent a quarter of its
 * CPU there, and another tenth with its second thread spinning on the folder's lock
 * (BENCHMARKS.md, "Creating files"). With the files created on one thread, that wait overlaps
 * the other threads' rendering instead of stalling them.
 *
 * <p>A failed write is kept and every later one skipped; {@link #finish} waits for the thread
 * and rethrows the first failure as itself, and {@link #checkOk} lets the renderers stop early.
 * Memory stays bounded: at most {@link #QUEUED} files wait their turn. Thread-safe.
 */
final class FileWriterThread {

    /** Files waiting to be written, at most: a few hundred kilobytes of account pages. */
    static final int QUEUED = 32;

    /** A file to write, and what to do once it is written. */
    private record Job(Path file, byte[] bytes, Runnable written) {
    }

    private static final Job END = new Job(null, null, null);

    private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    /** The first failure, an IOException, RuntimeException or Error; null while none. */
    private volatile Throwable failure;
    private boolean finished;

    private FileWriterThread() {
        this.thread = new Thread(this::run, "value-file-writer");
        this.thread.setDaemon(true);
    }

    /** A writer, its thread started. */
    static FileWriterThread start() {
        FileWriterThread writer = new FileWriterThread();
        writer.thread.start();
        return writer;
    }

    /**
     * Hands {@code bytes} over to be written to {@code file}, replacing it if it exists, then
     * {@code written} run on the writer's thread; waits while the queue is full.
     *
     * @throws IOException an earlier write failed (that failure), or the wait was interrupted
     */
    void write(Path file, byte[] bytes, Runnable written) throws IOException {
        checkOk();
        try {
            queue.put(new Job(file, bytes, written));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing " + file + " over to be written");
        }
    }

    /** Throws the first failed write's failure, if one failed. */
    void checkOk() throws IOException {
        Throwable failed = failure;
        if (failed != null) {
            rethrow(failed);
        }
    }

    /**
     * Waits until every file handed over is written and the thread has ended, then throws the
     * first failure, if any. Call it once, whatever happened: no write is under way after it.
     */
    void finish() throws IOException {
        if (!finished) {
            finished = true;
            boolean interrupted = false;
            while (true) {
                try {
                    queue.put(END);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        checkOk();
    }

    private void run() {
        while (true) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                // Nothing interrupts this thread but the end of the process; go on until END.
                continue;
            }
            if (job == END) {
                return;
            }
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

    private static void rethrow(Throwable failed) throws IOException {
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof RuntimeException bug) {
            throw bug;
        }
        throw (Error) failed;
    }
}
