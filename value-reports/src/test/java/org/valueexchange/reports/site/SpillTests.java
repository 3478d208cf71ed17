package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Records written from many threads at once read back whole, from a file or from memory. */
class SpillTests {

    private static byte[] record(int i) {
        byte[] bytes = new byte[1 + i % 5000];
        for (int j = 0; j < bytes.length; j++) {
            bytes[j] = (byte) (i * 31 + j);
        }
        return bytes;
    }

    private static void writesAndReadsBackFromManyThreads(Spill spill) throws IOException {
        List<Spill.Ref> refs = IntStream.range(0, 2000).parallel().mapToObj(i -> {
            try {
                return spill.put(record(i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        for (int i = 0; i < refs.size(); i++) {
            assertThat(spill.get(refs.get(i))).as("record %d", i).isEqualTo(record(i));
        }
    }

    @Test
    void aFileSpillReadsBackWhatManyThreadsWrote() throws IOException {
        try (Spill spill = Spill.create()) {
            assertThat(spill.inFile()).isTrue();
            writesAndReadsBackFromManyThreads(spill);
        }
    }

    @Test
    void aMemorySpillDoesTheSame() throws IOException {
        try (Spill spill = Spill.inMemory()) {
            assertThat(spill.inFile()).isFalse();
            writesAndReadsBackFromManyThreads(spill);
        }
    }
}
