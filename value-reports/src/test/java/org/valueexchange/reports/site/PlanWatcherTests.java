package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher tells which files changed, or that it cannot tell. Real file system events. */
class PlanWatcherTests {

    @TempDir
    Path tmp;

    private PlanWatcher.Changes next(PlanWatcher watcher) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.awaitChange();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(30, TimeUnit.SECONDS);
    }

    /**
     * The files told until all of {@code expected} are (a slow machine may pause between two
     * writes for longer than the quiet time, and so split them into two changes).
     */
    private Set<Path> told(PlanWatcher watcher, Set<Path> expected) throws Exception {
        Set<Path> files = new java.util.HashSet<>();
        while (!files.containsAll(expected)) {
            PlanWatcher.Changes changes = next(watcher);
            assertThat(changes.all()).isFalse();
            files.addAll(changes.files());
        }
        return files;
    }

    @Test
    void tellsTheFilesChangedOrThatItCannotTell() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("plans/accounts"));
        Path site = tmp.resolve("plans/site");
        Files.createDirectories(site);
        Files.writeString(plans.resolve("a.yaml"), "id: a\n");
        Files.writeString(plans.resolve("notes.txt"), "x");
        try (PlanWatcher watcher = new PlanWatcher(tmp.resolve("plans"), site)) {
            // The site's own files and hidden files are not changes.
            Files.writeString(site.resolve("index.html"), "x");
            Files.writeString(plans.resolve(".a.yaml.swp"), "x");
            Files.writeString(plans.resolve("a.yaml"), "id: a\nname: A\n");
            Files.writeString(plans.resolve("b.yaml"), "id: b\n");
            Set<Path> both = Set.of(plans.resolve("a.yaml"), plans.resolve("b.yaml"));
            assertThat(told(watcher, both)).isEqualTo(both);

            // Files removed, plans or not (as sed -i and editors make and remove files beside a plan).
            Files.delete(plans.resolve("b.yaml"));
            Files.delete(plans.resolve("notes.txt"));
            Set<Path> removed = Set.of(plans.resolve("b.yaml"), plans.resolve("notes.txt"));
            assertThat(told(watcher, removed)).isEqualTo(removed);

            // A folder made with plans in it: the plans made before it was watched are not told.
            Path more = Files.createDirectories(plans.resolve("more"));
            Files.writeString(more.resolve("c.yaml"), "id: c\n");
            assertThat(next(watcher).all()).isTrue();

            // The new folder is watched from then on.
            Files.writeString(more.resolve("c.yaml"), "id: c\nname: C\n");
            assertThat(next(watcher)).isEqualTo(new PlanWatcher.Changes(false, Set.of(more.resolve("c.yaml"))));

            // A folder moved away takes its plans with no event of theirs.
            Files.move(more, tmp.resolve("elsewhere"));
            assertThat(next(watcher).all()).isTrue();
        }
    }

    @Test
    void pollingTellsNothingAtOnceUntilAPlanChangesAndThenWhatChanged() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("plans/accounts"));
        Files.writeString(plans.resolve("a.yaml"), "id: a\n");
        try (PlanWatcher watcher = new PlanWatcher(tmp.resolve("plans"), tmp.resolve("site"))) {
            assertThat(watcher.pollChange()).isEmpty();
            // Only a hidden file: events came, but no change to tell.
            Files.writeString(plans.resolve(".a.yaml.swp"), "x");
            Files.writeString(plans.resolve("a.yaml"), "id: a\nname: A\n");
            Set<Path> files = new java.util.HashSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!files.contains(plans.resolve("a.yaml")) && System.nanoTime() < deadline) {
                java.util.Optional<PlanWatcher.Changes> changes = watcher.pollChange();
                changes.ifPresent(c -> {
                    assertThat(c.all()).isFalse();
                    files.addAll(c.files());
                });
                Thread.sleep(10);
            }
            assertThat(files).containsExactly(plans.resolve("a.yaml"));
            assertThat(watcher.pollChange()).isEmpty();
        }
    }

    @Test
    void aPlansFolderGivenThroughALinkIsWatchedBelowIt() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real/accounts"));
        Path link = Files.createSymbolicLink(tmp.resolve("plans"), tmp.resolve("real"));
        try (PlanWatcher watcher = new PlanWatcher(link, tmp.resolve("site"))) {
            Files.writeString(real.resolve("a.yaml"), "id: a\n");
            // Told under the name the folder was given.
            Set<Path> expected = Set.of(link.resolve("accounts/a.yaml"));
            assertThat(told(watcher, expected)).isEqualTo(expected);
        }
    }
}
