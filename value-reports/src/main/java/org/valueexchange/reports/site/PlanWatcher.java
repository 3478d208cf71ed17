package org.valueexchange.reports.site;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for changes to the plans in a folder tree: any file created, changed or deleted below
 * it, outside the site being served and hidden folders. Changes that come within a short
 * quiet time are taken together.
 */
public final class PlanWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 150;

    private final WatchService watcher;
    private final Path root;
    private final Path ignored;

    /** Watches {@code root}, leaving out {@code ignored} (the output folder, if it is inside). */
    public PlanWatcher(Path root, Path ignored) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.ignored = ignored.toAbsolutePath().normalize();
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(this::watched).toList()) {
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

    /** Blocks until plans change; returns once the changes have settled. */
    public void awaitChange() throws InterruptedException, IOException {
        while (true) {
            WatchKey key = watcher.take();
            boolean relevant = drain(key);
            WatchKey more;
            while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                relevant |= drain(more);
            }
            if (relevant) {
                return;
            }
        }
    }

    private boolean drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (changed.startsWith(ignored) || changed.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
            }
            relevant = true;
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
