package org.valueexchange.reports;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An I/O failure in words, for messages: Java's file system exceptions carry the file as their
 * message and the reason apart, or not at all ({@code AccessDeniedException} says only the path).
 */
public final class IoFailure {

    private IoFailure() {
    }

    /** The file, then what is wrong with it: {@code plans/a.yaml: permission denied}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + reason(e);
        }
        return reason(e);
    }

    /** What is wrong, without the file, for a message that names the file itself: {@code permission denied}. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        } else if (e instanceof NotDirectoryException) {
            return "not a directory";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        } else if (e instanceof FileSystemException fs) {
            // The operating system's words, e.g. "No space left on device", in the case of ours.
            String reason = fs.getReason();
            return reason == null || reason.isEmpty() ? e.getClass().getSimpleName()
                    : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
