package org.valueexchange.reports.plan;

import java.util.Objects;

/**
 * A place in a file, 1-based, as editors and compilers print it.
 *
 * @param path   the file, as the user named it
 * @param line   from 1
 * @param column from 1
 */
public record Location(String path, int line, int column) {

    public Location {
        Objects.requireNonNull(path, "path");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, were " + line + ":" + column);
        }
    }

    /** The start of a file, for problems about the file as a whole. */
    public static Location startOf(String path) {
        return new Location(path, 1, 1);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
