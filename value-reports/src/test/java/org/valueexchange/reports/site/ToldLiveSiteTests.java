package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every edit of {@link LiveSiteTests} again, with updates told which files changed (as
 * {@code value serve}'s watcher tells them) rather than looking at every plan; and what being
 * told changes. The plans are an hour old here, so that no plan is looked at for having been
 * read too soon after a change: only what the update is told of.
 */
class ToldLiveSiteTests extends LiveSiteTests {

    private static final FileTime HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @Override
    boolean told() {
        return true;
    }

    @Override
    void copied(Path plans) throws IOException {
        try (Stream<Path> files = Files.walk(plans)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, HOUR_AGO);
            }
        }
    }

    private LiveSite.Update toldOf(Path... files) throws Exception {
        return live().update(new PlanWatcher.Changes(false, Set.of(files)));
    }

    /** An edit that keeps the plan's size and time: only being told, or a recent read, shows it. */
    private void editUnseen(Path plan) throws IOException {
        FileTime time = Files.getLastModifiedTime(plan);
        Files.writeString(plan, Files.readString(plan).replace("  discount: 0.30", "  discount: 0.13"));
        Files.setLastModifiedTime(plan, time);
    }

    @Test
    void filesThatAreNotPlansChangeNothing() throws Exception {
        Path plans = plans();
        Files.writeString(plans.resolve("README.md"), "notes");
        Files.createDirectories(plans.resolve(".git"));
        Files.writeString(plans.resolve(".git/config.yaml"), "x: 1");
        Files.writeString(plans.resolve("accounts/.steady.yaml.swp"), "x");
        LiveSite.Update update = toldOf(plans.resolve("README.md"), plans.resolve(".git/config.yaml"),
                plans.resolve("accounts/.steady.yaml.swp"), plans.resolve("accounts/never-there.yaml"));
        assertThat(update.ok()).isTrue();
        assertThat(update.written()).isEmpty();
        assertThat(update.removed()).isEmpty();
    }

    @Test
    void onlyThePlansToldOfAreLookedAt() throws Exception {
        Path plan = plans().resolve("accounts/haggler.yaml");
        editUnseen(plan);
        assertThat(toldOf(plans().resolve("README.md")).written()).isEmpty();
        assertThat(live().update().written()).isEmpty();
        // Told, it is read again whatever its time says.
        assertThat(toldOf(plan).written()).contains("accounts/haggler.html");
        assertSameAsAFullBuild();
    }

    @Test
    void aPlanReadSoonAfterItsChangeIsLookedAtAgainUntold() throws Exception {
        Path plan = plans().resolve("accounts/haggler.yaml");
        Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis()));
        assertThat(toldOf(plan).written()).isEmpty();
        // Read within the clock tick of its change: a second change could keep its time.
        editUnseen(plan);
        assertThat(toldOf(plans().resolve("README.md")).written()).contains("accounts/haggler.html");
        assertSameAsAFullBuild();
    }
    @Test
    void theFirstUpdateAfterABuildLooksAtEveryPlan() throws Exception {
        // Changed while the build read the plans, before any watcher could tell of it.
        Path plan = plans().resolve("accounts/haggler.yaml");
        Files.writeString(plan, Files.readString(plan).replace("  discount: 0.30", "  discount: 0.12"));
        assertThat(toldOf(plans().resolve("README.md")).written()).contains("accounts/haggler.html");
        assertSameAsAFullBuild();
    }

    @Test
    void changesToldToAnUpdateThatStoppedOnProblemsAreNotLost() throws Exception {
        assertThat(toldOf(plans().resolve("README.md")).ok()).isTrue();
        Path haggler = plans().resolve("accounts/haggler.yaml");
        Path steady = plans().resolve("accounts/steady.yaml");
        edit("accounts/haggler.yaml", "  discount: 0.30", "  discount: 0.12");
        edit("accounts/steady.yaml", "segment:", "segmnt:");
        assertThat(toldOf(haggler, steady).ok()).isFalse();
        edit("accounts/steady.yaml", "segmnt:", "segment:");
        assertThat(toldOf(steady).ok()).isTrue();
        assertSameAsAFullBuild();
    }

    @Test
    void aPlanToldOfWhileItsIdClashedIsNotLost() throws Exception {
        assertThat(toldOf(plans().resolve("README.md")).ok()).isTrue();
        Path clone = plans().resolve("accounts/zz-clone.yaml");
        Files.writeString(clone, "id: steady\n" + Files.readString(plans().resolve("accounts/steady.yaml")));
        assertThat(toldOf(clone).ok()).isFalse();
        edit("accounts/steady.yaml", "segment:", "id: steady-original\nsegment:");
        assertThat(toldOf(plans().resolve("accounts/steady.yaml")).ok()).isTrue();
        assertSameAsAFullBuild();
    }
}
