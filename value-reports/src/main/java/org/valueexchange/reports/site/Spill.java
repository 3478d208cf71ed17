package org.valueexchange.reports.site;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a streaming site build keeps each plan between its two passes, so that memory does not
 * grow with the plans: a temporary file, gone when closed (on Unix, gone from its folder at
 * once, read and written through the open file only). Where no temporary file can be made (no
 * writable temporary folder), the records are kept in memory instead: the build still works,
 * with memory growing by about 2 KB an account. Thread-safe: each record is written at its own
 * place.
 */
final class Spill implements Closeable {

    /** Where one record is. */
    record Ref(long offset, int length) {
    }

    /** The file, or null when the records are kept in {@link #memory}. */
    private final FileChannel channel;
    private final Map<Long, byte[]> memory = new ConcurrentHashMap<>();
    private final AtomicLong end = new AtomicLong();

    private Spill(FileChannel channel) {
        this.channel = channel;
    }

    /** A new, empty spill: a file in the system's temporary folder, or memory if there is none. */
    static Spill create() {
        Path file;
        try {
            file = Files.createTempFile("value-site-", ".spill");
        } catch (IOException | SecurityException | UnsupportedOperationException noTemporaryFolder) {
            return inMemory();
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException left) {
                // An empty temporary file is left; nothing is lost.
            }
            return inMemory();
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

    /** A spill that keeps its records in memory. */
    static Spill inMemory() {
        return new Spill(null);
    }

    /** Writes {@code bytes}, and says where. */
    Ref put(byte[] bytes) throws IOException {
        long at = end.getAndAdd(bytes.length);
        if (channel == null) {
            memory.put(at, bytes);
            return new Ref(at, bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
        return new Ref(at, bytes.length);
    }

    /** The bytes written at {@code ref}. */
    byte[] get(Ref ref) throws IOException {
        if (channel == null) {
            byte[] bytes = memory.get(ref.offset());
            if (bytes == null) {
                throw new EOFException("no record at " + ref.offset());
            }
            return bytes;
        }
        ByteBuffer buffer = ByteBuffer.allocate(ref.length());
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, ref.offset() + buffer.position()) < 0) {
                throw new EOFException("the file ended early");
            }
        }
        return buffer.array();
    }

    /** Whether the records are in a file (else in memory). */
    boolean inFile() {
        return channel != null;
    }

    /** Closes the file, which deletes it; a failure to close loses nothing, and is not reported. */
    @Override
    public void close() {
        memory.clear();
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException nothingLost) {
                // The file is already gone from its folder, or goes with the process.
            }
        }
    }
}
