package org.valueexchange.reports.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.valueexchange.reports.IoFailure;

/**
 * Where a site is written, safely: into a new sibling folder marked as ours, which then
 * replaces the old site by rename. A folder without our mark is never replaced unless it is
 * empty, and nothing is ever deleted that a build did not write: the mark lists the files its
 * build wrote, and whatever else is in the old site (a {@code CNAME}, a file added by hand) is
 * moved into the new one.
 */
final class OutputDir {

    /** The file that marks a folder as a site this tool wrote, and lists what it wrote there. */
    static final String MARKER = ".value-site";
    /**
     * The mark's first line, before the list of files. A mark from before the list (its first
     * line alone) says the next build replaces the whole folder, and is taken at its word.
     */
    private static final String MARKER_TEXT = "This folder was written by the Value Exchange 'value site' command."
            + " The next build replaces this file and those listed below; it keeps any other file here.\n";

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

    /**
     * The text of the mark of a site of {@code files}, paths relative to the site with {@code /}
     * between names: the same for the same files, in whatever order they are given.
     */
    static String mark(Collection<String> files) {
        StringBuilder text = new StringBuilder(MARKER_TEXT).append('\n');
        new TreeSet<>(files).forEach(file -> text.append(file).append('\n'));
        return text.toString();
    }

    /**
     * A new folder beside the target, to build the site of {@code files} in, empty but for its
     * mark, which lists them.
     */
    Path staging(Collection<String> files) throws SiteException {
        Path staging = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(MARKER), mark(files), StandardCharsets.UTF_8);
            return staging;
        } catch (IOException e) {
            throw new SiteException("cannot create " + staging + ": " + IoFailure.describe(e), e);
        }
    }

    /**
     * Replaces the target with the built {@code staging} folder, and moves into it whatever the
     * old site holds that the build which wrote it did not (see {@link #othersIn}); refused,
     * with nothing touched, when such a file is where the new site has one.
     */
    void publish(Path staging) throws SiteException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        boolean replacing = Files.exists(target);
        List<String> others = List.of();
        if (replacing) {
            try {
                others = othersIn(target);
            } catch (IOException e) {
                throw new SiteException("cannot read the site in " + target + ": " + IoFailure.describe(e), e);
            }
            List<String> clashes = others.stream()
                    .filter(other -> Files.exists(staging.resolve(other), LinkOption.NOFOLLOW_LINKS)).toList();
            if (!clashes.isEmpty()) {
                throw SiteException.refused("refusing to replace the site in " + target + ": " + listed(clashes)
                        + (clashes.size() == 1 ? " is" : " are") + " not among the files 'value site' wrote there"
                        + " (the " + MARKER + " file lists those), and this build writes "
                        + (clashes.size() == 1 ? "a file of that name" : "files of those names")
                        + ". Move " + (clashes.size() == 1 ? "it" : "them") + " out of the site, or delete "
                        + (clashes.size() == 1 ? "it" : "them") + ", and build again.");
            }
        }
        try {
            if (replacing) {
                move(target, old);
            }
            move(staging, target);
        } catch (IOException e) {
            throw new SiteException("cannot put the site in place at " + target + ": " + IoFailure.describe(e)
                    + (Files.exists(old) ? "; the previous site is kept in " + old : ""), e);
        }
        if (!replacing) {
            return;
        }
        List<String> stuck = new ArrayList<>();
        IOException failure = null;
        for (String other : others) {
            try {
                Path to = target.resolve(other);
                Files.createDirectories(to.getParent());
                // Not replacing: whatever is there now stays, and so does this in the old folder.
                Files.move(old.resolve(other), to);
            } catch (IOException e) {
                stuck.add(other);
                failure = failure == null ? e : failure;
            }
        }
        IOException leftOver = null;
        try {
            deleteWritten(old);
            deleteIfEmpty(old);
        } catch (IOException e) {
            leftOver = e;
        }
        if (failure != null) {
            throw new SiteException("the new site is in place at " + target + ", but " + listed(stuck) + ", which"
                    + " 'value site' did not write, could not be moved into it from the previous site: "
                    + IoFailure.describe(failure) + ". " + (stuck.size() == 1 ? "It is" : "They are") + " kept in "
                    + old + (leftOver == null ? "" : ", with files of the previous site that could not be deleted ("
                    + IoFailure.describe(leftOver) + ")") + ".", failure);
        }
        if (leftOver != null) {
            throw new SiteException("the new site is in place at " + target + ", but the previous one could not"
                    + " all be deleted from " + old + ": " + IoFailure.describe(leftOver) + "; delete that folder",
                    leftOver);
        }
    }

    /** The first few of {@code paths}, for a message. */
    private static String listed(List<String> paths) {
        int shown = Math.min(paths.size(), 5);
        return String.join(", ", paths.subList(0, shown))
                + (paths.size() > shown ? " and " + (paths.size() - shown) + " more" : "");
    }

    /**
     * The files the mark of {@code site} lists, each a path relative to the site with {@code /}
     * between names: none without a mark (a folder that was empty when the build began); empty
     * for a mark from before the list, which stands for every file.
     */
    private static Optional<Set<String>> written(Path site) throws IOException {
        Path mark = site.resolve(MARKER);
        if (!Files.isRegularFile(mark)) {
            return Optional.of(Set.of());
        }
        List<String> lines = Files.readAllLines(mark, StandardCharsets.UTF_8);
        int blank = lines.indexOf("");
        if (blank < 0) {
            return Optional.empty();
        }
        return Optional.of(new HashSet<>(lines.subList(blank + 1, lines.size())));
    }

    /**
     * What {@code site} holds that its mark does not list: a file, or a folder no listed file is
     * in, as a whole; each a path relative to the site, in order. Links count as files and are
     * never followed. None when the mark lists nothing (a site from before the list).
     */
    static List<String> othersIn(Path site) throws IOException {
        Optional<Set<String>> written = written(site);
        if (written.isEmpty()) {
            return List.of();
        }
        List<String> others = new ArrayList<>();
        collectOthers(site, "", written.get(), folders(written.get()), others);
        others.sort(null);
        return others;
    }

    /** The folders the listed files are in, each path relative to the site. */
    private static Set<String> folders(Set<String> written) {
        Set<String> folders = new HashSet<>();
        for (String file : written) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        return folders;
    }

    private static void collectOthers(Path dir, String prefix, Set<String> written, Set<String> folders,
                                      List<String> others) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String path = prefix + entry.getFileName();
                boolean folder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
                if (folder && folders.contains(path)) {
                    collectOthers(entry, path + "/", written, folders, others);
                } else if (folder || !(path.equals(MARKER) || written.contains(path))) {
                    others.add(path);
                }
            }
        }
    }

    /**
     * Deletes from {@code site} the files its mark lists, the mark, and the folders they were in
     * once empty; everything in a site from before the list. Links are removed, never followed.
     */
    private static void deleteWritten(Path site) throws IOException {
        if (!Files.isRegularFile(site.resolve(MARKER))) {
            return;
        }
        Optional<Set<String>> written = written(site);
        if (written.isEmpty()) {
            deleteOurs(site);
            return;
        }
        Set<String> folders = folders(written.get());
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                String path = site.relativize(d).toString().replace(d.getFileSystem().getSeparator(), "/");
                return d.equals(site) || folders.contains(path) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = site.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (!attrs.isDirectory() && written.get().contains(path)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!d.equals(site)) {
                    deleteIfEmpty(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.delete(site.resolve(MARKER));
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
