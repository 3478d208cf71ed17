package org.valueexchange.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoFailureTests {

    @TempDir
    Path dir;

    @Test
    void saysWhatIsWrongWhereJavaSaysOnlyThePath() {
        AccessDeniedException denied = new AccessDeniedException("plans/a.yaml");
        assertThat(denied.getMessage()).isEqualTo("plans/a.yaml");
        assertThat(IoFailure.reason(denied)).isEqualTo("permission denied");
        assertThat(IoFailure.describe(denied)).isEqualTo("plans/a.yaml: permission denied");
    }

    @Test
    void givesTheOperatingSystemsWordsAndBothFilesOfAMove() {
        FileSystemException full = new FileSystemException("site/index.html", null, "No space left on device");
        assertThat(IoFailure.describe(full)).isEqualTo("site/index.html: no space left on device");
        FileSystemException move = new FileSystemException("a", "b", "Invalid cross-device link");
        assertThat(IoFailure.describe(move)).isEqualTo("a -> b: invalid cross-device link");
        assertThat(IoFailure.describe(new IOException("Stream closed"))).isEqualTo("Stream closed");
        assertThat(IoFailure.describe(new IOException())).isEqualTo("IOException");
    }

    @Test
    void readsARealFailure() {
        Path missing = dir.resolve("missing/a.yaml");
        try {
            Files.readAllBytes(missing);
        } catch (IOException e) {
            assertThat(e).isInstanceOf(NoSuchFileException.class);
            assertThat(IoFailure.describe(e)).isEqualTo(missing + ": no such file or directory");
            return;
        }
        throw new AssertionError("read a file that is not there");
    }
}
