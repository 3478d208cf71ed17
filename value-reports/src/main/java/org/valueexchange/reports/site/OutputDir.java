package org.valueexchange.reports.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.valueexchange.reports.IoFailure;

/**
 * Where a site is written, safely: into a new sibling folder marked as ours, which then
 * replaces the old site by rename. A folder without our mark is never replaced unless it is
 * empty, and nothing outside folders we made is ever deleted.
 */
final class OutputDir {

    /** The file that marks a folder as a site this tool wrote. */
    static final String MARKER = ".value-site";
    private static final String MARKER_TEXT = "This folder was written by the Value Exchange 'value site' command;"
            + " the next build replaces it.\n";

    private final Path target;

    private OutputDir(Path target) {
        this.target = target;
    }

    /**
     * Checks that {@code target} may be written, given the plans in {@code plans} (if from a
     * folder). Paths are compared as the file system resolves them, symbolic links and the
     * case of names included, so that neither a link nor {@code -o PLANS} on a case-insensitive
     * file system reaches a folder the checks would refuse by its own name.
     */
    static OutputDir checked(Path target, Optional<Path> plans) throws SiteException {
        Path out = real(target);
        if (out.getParent() == null) {
            throw SiteException.refused("refusing to write a site to the file system root " + out);
        }
        Path home = real(Path.of(System.getProperty("user.home")));
        if (out.equals(home)) {
            throw SiteException.refused("refusing to write a site to the home folder " + out + "; name a folder for it");
        }
        if (plans.isPresent()) {
            Path p = real(plans.get());
            if (p.startsWith(out)) {
                throw SiteException.refused("refusing to write a site to " + out + ": it holds the plans in " + p);
            }
        }
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw SiteException.refused(out + " exists and is not a folder; refusing to replace it");
            }
            if (Files.exists(out.resolve(".git"))) {
                throw SiteException.refused("refusing to write a site to " + out + ": it is the root of a git work tree");
            }
            if (!Files.isRegularFile(out.resolve(MARKER)) && !isEmpty(out)) {
                throw SiteException.refused(out + " is not empty and was not written by 'value site' (no " + MARKER
                        + " file); refusing to replace it. Name a new or empty folder.");
            }
        }
        return new OutputDir(out);
    }

    Path target() {
        return target;
    }

    /** {@code path} as the file system resolves it, as far as it exists, and as given beyond that. */
    private static Path real(Path path) throws SiteException {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            return parent == null ? absolute : real(parent).resolve(absolute.getFileName().toString());
        } catch (IOException e) {
            throw new SiteException("cannot resolve " + absolute + ": " + IoFailure.describe(e), e);
        }
    }

    /** A new, marked, empty folder beside the target, to build the site in. */
    Path staging() throws SiteException {
        Path staging = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            return staging;
        } catch (IOException e) {
            throw new SiteException("cannot create " + staging + ": " + IoFailure.describe(e), e);
        }
    }

    /** Replaces the target with the built {@code staging} folder. */
    void publish(Path staging) throws SiteException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        boolean replacing;
        try {
            replacing = Files.exists(target);
            if (replacing) {
                move(target, old);
            }
            move(staging, target);
        } catch (IOException e) {
            throw new SiteException("cannot put the site in place at " + target + ": " + IoFailure.describe(e)
                    + (Files.exists(old) ? "; the previous site is kept in " + old : ""), e);
        }
        if (replacing) {
            try {
                deleteOurs(old);
                deleteIfEmpty(old);
            } catch (IOException e) {
                throw new SiteException("the new site is in place at " + target + ", but the previous one could not"
                        + " all be deleted from " + old + ": " + IoFailure.describe(e) + "; delete that folder", e);
            }
        }
    }

    /** Removes a staging folder after a failed build. */
    void discard(Path staging) {
        try {
            deleteOurs(staging);
        } catch (IOException e) {
            // Leaving a hidden, marked temporary folder behind is harmless; the build already failed.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws SiteException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new SiteException("cannot read " + dir + ": " + IoFailure.describe(e), e);
        }
    }

    /** Removes the empty folder that was in the target's place; never one with anything in it. */
    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException notEmpty) {
            // Something was written into it after the check: keep it, it is not ours.
        }
    }

    /** Deletes a folder tree, only if it carries our mark. Links are removed, never followed. */
    static void deleteOurs(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(MARKER))) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
