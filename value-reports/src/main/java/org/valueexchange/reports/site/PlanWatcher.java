package org.valueexchange.reports.site;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for changes to the plans in a folder tree: any file created, changed or deleted below
 * it, outside the site being served and hidden folders. Changes that come within a short
 * quiet time are taken together, and are told as the files they touched, so that an update
 * need not look at every plan; when it cannot tell which (events were lost, or a folder came
 * or went with the files in it), it says so, and an update looks at them all.
 */
public final class PlanWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 150;

    private final WatchService watcher;
    private final Path root;
    private final Path ignored;
    /** The folders watched, to tell a folder's removal from a file's (editors make and remove files beside a plan). */
    private final Set<Path> folders = new HashSet<>();

    /** Watches {@code root}, leaving out {@code ignored} (the output folder, if it is inside). */
    public PlanWatcher(Path root, Path ignored) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.ignored = ignored.toAbsolutePath().normalize();
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
    }

    private void registerTree(Path dir) throws IOException {
        // Walk the real folder (a walk does not enter a link it starts at, and the plans folder
        // may be one), and watch each folder under the name the user gave, as events name files.
        Path real;
        try {
            real = dir.toRealPath();
        } catch (java.nio.file.NoSuchFileException gone) {
            // A folder made and removed at once: nothing to watch (and its changes say look at all).
            return;
        }
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path d : walk.filter(Files::isDirectory).map(f -> dir.resolve(real.relativize(f).toString()))
                    .filter(this::watched).toList()) {
                folders.add(d);
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private boolean watched(Path dir) {
        if (dir.startsWith(ignored)) {
            return false;
        }
        for (Path part : root.relativize(dir)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * What changed: the files created, changed or deleted (as paths below the watched folder),
     * or, with {@code all}, more than can be told, and every file should be looked at.
     */
    public record Changes(boolean all, Set<Path> files) {

        public Changes {
            files = Set.copyOf(files);
        }

        /** Changes of which nothing is known: look at everything. */
        public static final Changes ALL = new Changes(true, Set.of());
    }

    /** Blocks until plans change; returns once the changes have settled, with what changed. */
    public Changes awaitChange() throws InterruptedException, IOException {
        while (true) {
            Optional<Changes> changes = settled(watcher.take());
            if (changes.isPresent()) {
                return changes.get();
            }
        }
    }

    /**
     * Without waiting, whether plans changed: empty if nothing happened since the last look,
     * else, once the changes have settled, what changed (empty if only ignored files did).
     */
    public Optional<Changes> pollChange() throws InterruptedException, IOException {
        WatchKey key = watcher.poll();
        return key == null ? Optional.empty() : settled(key);
    }

    /** The changes told by {@code key} and any that follow within the quiet time. */
    private Optional<Changes> settled(WatchKey key) throws InterruptedException, IOException {
        Set<Path> files = new HashSet<>();
        boolean all = drain(key, files);
        WatchKey more;
        while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            all |= drain(more, files);
        }
        if (all) {
            return Optional.of(Changes.ALL);
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(new Changes(false, files));
    }

    /** Takes the key's events into {@code files}; true when they tell of more than files. */
    private boolean drain(WatchKey key, Set<Path> files) throws IOException {
        Path dir = (Path) key.watchable();
        boolean all = false;
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                all = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (changed.startsWith(ignored) || changed.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                // Files made in the new folder before it was watched came with no event of their own.
                registerTree(changed);
                all = true;
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE && folders.remove(changed)) {
                // A folder moved away tells nothing of the plans it took with it.
                all = true;
            }
            files.add(changed);
        }
        key.reset();
        return all;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
