package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.valueexchange.core.alert.Severity;

/** When the output fails, every format says so with the JDK's IOException, never Jackson's or StAX's. */
class WriterFailureTests {

    @TempDir
    Path dir;

    private static final class BrokenWriter extends Writer {
        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @ParameterizedTest
    @EnumSource(CheckFormat.class)
    void aFailingOutputIsAnIOExceptionOfTheJdk(CheckFormat format) throws IOException {
        CheckReport report = CheckFixtures.everyAlert(dir);
        assertThatThrownBy(() -> format.write(report, Severity.ERROR, new BrokenWriter()))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("No space left on device");
    }
}
