package org.valueexchange.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Creating folders, with the failure users actually have in words. */
final class Folders {

    private Folders() {
    }

    /**
     * Creates {@code dir} and the folders above it that are missing.
     *
     * @throws NotDirectoryException when a file stands where a folder should be, which
     *                               {@link Files#createDirectories} reports as "already exists"
     */
    static void create(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException notADirectory) {
            throw new NotDirectoryException(notADirectory.getFile());
        }
    }
}
