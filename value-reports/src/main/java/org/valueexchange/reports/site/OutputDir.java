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
import java.util.function.Predicate;
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
            written(out);
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
     * Replaces the target with the built {@code staging} folder, with whatever the old site
     * holds that the build which wrote it did not (see {@link #written}) moved into it first:
     * refused, with nothing touched, when such a file is where the new site has one.
     */
    void publish(Path staging) throws SiteException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        boolean replacing = Files.exists(target);
        // What of the old site is the build's, as its mark says now: what is kept, and what is deleted.
        Predicate<String> ours = replacing ? written(target) : name -> false;
        List<Path> kept = replacing ? keepOthers(staging, ours) : List.of();
        try {
            if (replacing) {
                move(target, old);
            }
        } catch (IOException e) {
            throw new SiteException("cannot put the site in place at " + target + ": " + IoFailure.describe(e)
                    + "; " + asItWas(putBack(kept, staging), staging), e);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            String where;
            try {
                if (replacing) {
                    move(old, target);
                }
                where = asItWas(putBack(kept, staging), staging);
            } catch (IOException again) {
                where = "the previous site is kept in " + old + (kept.isEmpty() ? ""
                        : ", and " + listed(kept) + ", which 'value site' did not write, in " + staging);
            }
            throw new SiteException("cannot put the site in place at " + target + ": " + IoFailure.describe(e)
                    + "; " + where, e);
        }
        if (!replacing) {
            return;
        }
        try {
            deleteWritten(old, ours);
        } catch (IOException e) {
            throw new SiteException("the new site is in place at " + target + ", but the previous one could not"
                    + " all be deleted from " + old + ": " + IoFailure.describe(e) + "; delete that folder", e);
        }
        deleteIfEmpty(old);
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            throw new SiteException("the new site is in place at " + target + ", but files that were not there"
                    + " when the build began were added to the previous site meanwhile; they are in " + old
                    + ": move what you need from there, and delete that folder");
        }
    }

    /**
     * Moves into {@code staging} what the target holds that the build which wrote it did not,
     * each to the same place; refused before anything is moved when one is where the new site
     * has a file, and put back if one cannot be moved.
     */
    private List<Path> keepOthers(Path staging, Predicate<String> ours) throws SiteException {
        List<Path> others = new ArrayList<>();
        try {
            collectOthers(target, target, ours, others);
            others.sort(null);
        } catch (IOException e) {
            throw new SiteException("cannot read the site in " + target + ": " + IoFailure.describe(e), e);
        }
        List<Path> clashes = others.stream()
                .filter(other -> Files.exists(staging.resolve(other), LinkOption.NOFOLLOW_LINKS)).toList();
        if (!clashes.isEmpty()) {
            boolean one = clashes.size() == 1;
            throw SiteException.refused("refusing to replace the site in " + target + ": " + listed(clashes)
                    + " in it " + (one ? "is" : "are") + " not what 'value site' wrote there (its " + MARKER
                    + " file lists that), and this build writes " + (one ? "one of that name" : "those names")
                    + ". Move " + (one ? "it" : "them") + " out of the site, or delete " + (one ? "it" : "them")
                    + ", and build again.");
        }
        List<Path> moved = new ArrayList<>();
        for (Path other : others) {
            try {
                Path to = staging.resolve(other);
                Files.createDirectories(to.getParent());
                Files.move(target.resolve(other), to);
                moved.add(other);
            } catch (IOException e) {
                throw new SiteException("cannot move " + name(other) + ", which 'value site' did not write, from the"
                        + " site in " + target + " into the new one: " + IoFailure.describe(e) + "; "
                        + asItWas(putBack(moved, staging), staging), e);
            }
        }
        return moved;
    }

    /** Moves {@code moved} back from {@code staging} into the target; what could not be moved back. */
    private List<Path> putBack(List<Path> moved, Path staging) {
        List<Path> stranded = new ArrayList<>();
        for (Path back : moved) {
            try {
                Files.move(staging.resolve(back), target.resolve(back));
            } catch (IOException e) {
                stranded.add(back);
            }
        }
        return stranded;
    }

    /** The site is as it was, but for {@code stranded}, still in {@code staging}. */
    private static String asItWas(List<Path> stranded, Path staging) {
        return stranded.isEmpty() ? "the site is as it was"
                : "the site is as it was but for " + listed(stranded) + ", which 'value site' did not write, left in "
                + staging;
    }

    /** The first few of {@code paths}, for a message. */
    private static String listed(List<Path> paths) {
        int shown = Math.min(paths.size(), 5);
        return String.join(", ", paths.subList(0, shown).stream().map(OutputDir::name).toList())
                + (paths.size() > shown ? " and " + (paths.size() - shown) + " more" : "");
    }

    /** A path relative to a site as its mark writes it: names with {@code /} between them. */
    private static String name(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    /** The mark's text of builds before the mark listed files: the whole folder was theirs. */
    private static final String MARKER_TEXT_WITHOUT_LIST =
            "This folder was written by the Value Exchange 'value site' command; the next build replaces it.";

    /**
     * What the mark of {@code site} says its build wrote, by path relative to the site with
     * {@code /} between names (a folder's with a {@code /} at the end): the names it lists; nothing
     * without a mark (a folder that was empty when the build began); everything for the one line of
     * a mark from before the list.
     *
     * @throws SiteException the mark cannot be read, or is not one a build wrote (refused: what in
     *                       the folder is the build's cannot be told)
     */
    private static Predicate<String> written(Path site) throws SiteException {
        Path mark = site.resolve(MARKER);
        if (!Files.isRegularFile(mark)) {
            return name -> false;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(mark, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteException("cannot read " + mark + ": " + IoFailure.describe(e), e);
        }
        if (lines.size() >= 2 && lines.get(0).equals(MARKER_TEXT.strip()) && lines.get(1).isEmpty()) {
            Set<String> listed = new HashSet<>(lines.subList(2, lines.size()));
            return listed::contains;
        }
        if (lines.size() == 1 && lines.get(0).equals(MARKER_TEXT_WITHOUT_LIST)) {
            return name -> true;
        }
        throw SiteException.refused("refusing to replace the site in " + site + ": its " + MARKER + " file is not"
                + " one 'value site' wrote (that lists what the build wrote there, after a blank line), so"
                + " what in the folder is the build's cannot be told. Put the file back as it was, or build"
                + " into a new folder.");
    }

    /**
     * Adds to {@code others} what {@code dir}, in {@code site}, holds that is not {@code ours}: a
     * file, or a folder not ours, as a whole; each a path relative to the site. Links count as
     * files and are never followed.
     */
    private static void collectOthers(Path site, Path dir, Predicate<String> ours, List<Path> others)
            throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                Path relative = site.relativize(entry);
                String name = name(relative);
                boolean folder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
                if (folder && ours.test(name + "/")) {
                    collectOthers(site, entry, ours, others);
                } else if (folder || !(dir.equals(site) && name.equals(MARKER) || ours.test(name))) {
                    others.add(relative);
                }
            }
        }
    }

    /**
     * Deletes from {@code site} what is {@code ours}, the files and then the folders once empty,
     * and the mark. Links are removed, never followed. A folder that is not ours, or not empty,
     * is left.
     */
    private static void deleteWritten(Path site, Predicate<String> ours) throws IOException {
        delete(site, ours);
        Files.deleteIfExists(site.resolve(MARKER));
    }

    /**
     * Removes a staging folder after a failed build: what the build wrote, and the folder once
     * empty; a file moved into it from the old site and not moved back stays.
     */
    void discard(Path staging) {
        try {
            deleteWritten(staging, written(staging));
            deleteIfEmpty(staging);
        } catch (IOException | SiteException e) {
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
        delete(dir, name -> true);
        Files.delete(dir);
    }

    /**
     * Deletes from {@code site} the files {@code ours} holds, by path relative to the site with
     * {@code /} between names, and the folders it holds (by that path and a {@code /}) once
     * empty; walks no other folder. Links are removed, never followed.
     */
    private static void delete(Path site, Predicate<String> ours) throws IOException {
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return d.equals(site) || ours.test(name(site.relativize(d)) + "/")
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isDirectory() && ours.test(name(site.relativize(file)))) {
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
    }

}
