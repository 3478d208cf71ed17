package org.valueexchange.reports.site;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a streaming site build keeps each plan between its two passes, so that memory does not
 * grow with the plans: a temporary file, gone when closed (on Unix, gone from its folder at
 * once, read and written through the open file only). Thread-safe: each record is written at
 * its own place.
 */
final class Spill implements Closeable {

    /** Where one record is. */
    record Ref(long offset, int length) {
    }

    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();

    private Spill(FileChannel channel) {
        this.channel = channel;
    }

    /** A new, empty spill file in the system's temporary folder. */
    static Spill create() throws IOException {
        Path file = Files.createTempFile("value-site-", ".spill");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        try {
            // Nothing is left behind even if the process is killed; where an open file cannot be
            // deleted (Windows), it goes when closed.
            Files.delete(file);
        } catch (IOException stillOpen) {
            // Deleted on close.
        }
        return new Spill(channel);
    }

    /** Writes {@code bytes}, and says where. */
    Ref put(byte[] bytes) throws IOException {
        long at = end.getAndAdd(bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
        return new Ref(at, bytes.length);
    }

    /** The bytes written at {@code ref}. */
    byte[] get(Ref ref) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(ref.length());
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, ref.offset() + buffer.position()) < 0) {
                throw new EOFException("the build's temporary file ended early");
            }
        }
        return buffer.array();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
