package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.render.Renderer;

/**
 * The output folder rules, against the folders a mistyped {@code -o} or a hostile checkout
 * could name: the tool replaces only a folder it wrote, and never reaches another one
 * through a link or a differently written name.
 */
class OutputDirTests {

    @TempDir
    Path tmp;

    private void build(Path out, Optional<Path> plans) throws Exception {
        new SiteBuilder(Renderer.create(Optional.empty())).build(Fixture.load(), Fixture.AS_OF, out, plans);
    }

    private static Path link(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeThat(e).as("symbolic links are not available here").isNull();
            return link;
        }
    }

    private static List<Path> everything(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.toList();
        }
    }

    @Test
    void refusesTheFileSystemRoot() {
        Path root = tmp.getRoot();
        assertThatThrownBy(() -> OutputDir.checked(root, Optional.empty())).isInstanceOf(SiteException.class)
                .hasMessageContaining("the file system root").matches(e -> ((SiteException) e).refused());
    }

    @Test
    void refusesTheHomeFolderByAnyName() throws Exception {
        Path home = Path.of(System.getProperty("user.home"));
        assertThatThrownBy(() -> OutputDir.checked(home.resolve("x/.."), Optional.empty()))
                .hasMessageContaining("the home folder");
        Path toHome = link(tmp.resolve("home"), home);
        assertThatThrownBy(() -> OutputDir.checked(toHome, Optional.empty())).hasMessageContaining("the home folder");
    }

    @Test
    void refusesThePlansThroughALink() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("plans"));
        Files.writeString(plans.resolve("a.yaml"), "name: A\n");
        Files.writeString(plans.resolve(OutputDir.MARKER), "a plan author's forged mark\n");
        Path toPlans = link(tmp.resolve("site"), plans);
        assertThatThrownBy(() -> build(toPlans, Optional.of(plans))).isInstanceOf(SiteException.class)
                .hasMessageContaining("it holds the plans");
        assertThat(plans.resolve("a.yaml")).hasContent("name: A");
    }

    @Test
    void refusesAGitWorkTreeEvenWhenMarkedAndAWorktreeOrSubmodule() throws Exception {
        Path marked = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(marked.resolve(OutputDir.MARKER), "");
        Files.createDirectories(marked.resolve(".git"));
        assertThatThrownBy(() -> build(marked, Optional.empty())).hasMessageContaining("root of a git work tree");
        Path worktree = Files.createDirectories(tmp.resolve("worktree"));
        Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/w\n");
        assertThatThrownBy(() -> build(worktree, Optional.empty())).hasMessageContaining("root of a git work tree");
        assertThat(worktree.resolve(".git")).exists();
    }

    @Test
    void aMarkThatIsNotAFileDoesNotCount() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("docs/" + OutputDir.MARKER)).getParent();
        assertThatThrownBy(() -> build(foreign, Optional.empty())).hasMessageContaining("was not written by");
        assertThat(foreign.resolve(OutputDir.MARKER)).isDirectory();
    }

    @Test
    void writesThroughALinkIntoTheSiteItPointsToAndKeepsTheLink() throws Exception {
        Path real = tmp.resolve("releases/site");
        build(real, Optional.empty());
        Files.writeString(real.resolve("index.html"), "old");
        Path current = link(tmp.resolve("current"), real);
        build(current, Optional.empty());
        assertThat(Files.isSymbolicLink(current)).isTrue();
        assertThat(real.resolve("index.html")).content().contains("<html");
    }

    @Test
    void deletesALinkInItsOldSitesPlaceNeverWhatItPointsToAndKeepsLinksItDidNotWrite() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Optional.empty());
        Path precious = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(precious.resolve("keep.txt"), "keep");
        // A link where the build wrote a file: deleted as a link.
        Files.delete(out.resolve("accounts/steady.html"));
        link(out.resolve("accounts/steady.html"), precious.resolve("keep.txt"));
        // Links the build did not write: kept, as links.
        link(out.resolve("linked"), precious);
        link(out.resolve("accounts/linked.txt"), precious.resolve("keep.txt"));
        build(out, Optional.empty());
        assertThat(Files.isSymbolicLink(out.resolve("accounts/steady.html"))).isFalse();
        assertThat(out.resolve("accounts/steady.html")).content().contains("<html");
        assertThat(Files.isSymbolicLink(out.resolve("linked"))).isTrue();
        assertThat(Files.isSymbolicLink(out.resolve("accounts/linked.txt"))).isTrue();
        assertThat(precious).isDirectoryContaining(p -> p.getFileName().toString().equals("keep.txt"));
        assertThat(precious.resolve("keep.txt")).hasContent("keep");
        assertThat(names(precious)).hasSize(1);
    }

    @Test
    void refusesToPutAPageWhereItDidNotWriteAFileAndTouchesNothing() throws Exception {
        Path plans = Fixture.copyTo(tmp.resolve("plans"));
        Path haggler = Files.move(plans.resolve("accounts/haggler.yaml"), tmp.resolve("haggler.yaml"));
        Path out = tmp.resolve("site");
        SiteBuilder builder = new SiteBuilder(Renderer.create(Optional.empty()));
        assertThat(builder.build(plans, Fixture.AS_OF, out, SiteBuilder.Progress.NONE).site()).isPresent();
        Files.writeString(out.resolve("accounts/haggler.html"), "my own page");
        Files.writeString(out.resolve("CNAME"), "accounts.example.com");
        Map<String, byte[]> before = Fixture.files(out);
        Files.move(haggler, plans.resolve("accounts/haggler.yaml"));

        assertThatThrownBy(() -> builder.build(plans, Fixture.AS_OF, out, SiteBuilder.Progress.NONE))
                .isInstanceOfSatisfying(SiteException.class, e -> assertThat(e.refused()).isTrue())
                .hasMessage("refusing to replace the site in " + out.toRealPath() + ": accounts/haggler.html in it is"
                        + " not what 'value site' wrote there (its .value-site file lists that), and this build"
                        + " writes one of that name. Move it out of the site, or delete it, and build again.");

        Map<String, byte[]> after = Fixture.files(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        try (Stream<Path> list = Files.list(tmp)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plans", "site");
        }
        // Moved away, the page is the build's to write.
        Files.move(out.resolve("accounts/haggler.html"), tmp.resolve("mine.html"));
        assertThat(builder.build(plans, Fixture.AS_OF, out, SiteBuilder.Progress.NONE).site()).isPresent();
        assertThat(out.resolve("accounts/haggler.html")).content().contains("<html");
        assertThat(out.resolve("CNAME")).hasContent("accounts.example.com");
    }

    @Test
    void aSiteOfNoAccountsIsReplacedAgainAndAgain() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("plans"));
        Path out = tmp.resolve("site");
        SiteBuilder builder = new SiteBuilder(Renderer.create(Optional.empty()));
        for (int i = 0; i < 2; i++) {
            assertThat(builder.build(plans, Fixture.AS_OF, out, SiteBuilder.Progress.NONE).site()).isPresent();
            assertThat(out.resolve("accounts")).isEmptyDirectory();
        }
        Files.writeString(out.resolve("accounts/mine.txt"), "mine");
        assertThat(builder.build(plans, Fixture.AS_OF, out, SiteBuilder.Progress.NONE).site()).isPresent();
        assertThat(out.resolve("accounts/mine.txt")).hasContent("mine");
    }

    @Test
    void keepsFilesWhateverTheirNamesWhateverTheLocale() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Optional.empty());
        // Names made by a shell, byte by byte: one in UTF-8, one that is not UTF-8 at all.
        Process shell;
        try {
            shell = new ProcessBuilder("sh", "-c", "printf a > \"$(printf 'caf\\303\\251.txt')\" &&"
                    + " printf b > \"$(printf 'logo-\\377.txt')\"").directory(out.toFile()).start();
        } catch (IOException e) {
            assumeThat(e).as("a POSIX shell is not available here").isNull();
            return;
        }
        assertThat(shell.waitFor()).isZero();
        assertThat(names(out)).hasSize(12);
        build(out, Optional.empty());
        assertThat(names(out)).hasSize(12);
        assertThat(names(tmp)).containsExactly(out);
    }

    private static List<Path> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void aMarkItDidNotWriteIsRefusedAndNothingIsTouched() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Optional.empty());
        Files.writeString(out.resolve("CNAME"), "accounts.example.com");
        for (String mark : List.of("", "index.html\n", "This folder was written by someone else.\n")) {
            Files.writeString(out.resolve(OutputDir.MARKER), mark);
            Map<String, byte[]> before = Fixture.files(out);
            assertThatThrownBy(() -> build(out, Optional.empty()))
                    .isInstanceOfSatisfying(SiteException.class, e -> assertThat(e.refused()).isTrue())
                    .hasMessageContaining("its .value-site file is not one 'value site' wrote");
            Map<String, byte[]> after = Fixture.files(out);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            assertThat(names(tmp)).containsExactly(out);
        }
    }

    @Test
    void aMarkFromBeforeItListedFilesStandsForTheWholeFolder() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Optional.empty());
        Files.writeString(out.resolve(OutputDir.MARKER),
                "This folder was written by the Value Exchange 'value site' command; the next build replaces it.\n");
        Files.writeString(out.resolve("stale.html"), "old");
        build(out, Optional.empty());
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve(OutputDir.MARKER)).content().contains("\n\naccounts-by-alerts.html\n");
    }

    @Test
    void replacesAnEmptyFolderAndLeavesNothingBehind() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("site"));
        build(empty, Optional.empty());
        assertThat(empty.resolve("index.html")).exists();
        assertThat(names(tmp)).containsExactly(empty);
    }

    @Test
    void writesNothingOutsideTheOutputFolder() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Optional.empty());
        build(out, Optional.empty());
        assertThat(everything(tmp)).allSatisfy(p -> assertThat(p.equals(tmp) || p.startsWith(out)).as(p.toString())
                .isTrue());
    }

    @Test
    void aStagingFolderLeftByAKilledBuildDoesNotStopTheNextBuild() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Optional.empty());
        Path left = Files.createDirectories(tmp.resolve(".site.tmp-killed"));
        Files.writeString(left.resolve(OutputDir.MARKER), "");
        Files.writeString(left.resolve("index.html"), "half");
        build(out, Optional.empty());
        assertThat(out.resolve("index.html")).content().contains("<html");
        assertThat(left.resolve("index.html")).hasContent("half");
    }

    @Test
    void onACaseInsensitiveFileSystemTheCaseOfANameDoesNotGetPastTheChecks() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("plans"));
        Files.writeString(plans.resolve("a.yaml"), "name: A\n");
        assumeThat(Files.exists(tmp.resolve("PLANS"))).as("a case-sensitive file system: PLANS is another folder")
                .isTrue();
        assertThatThrownBy(() -> build(tmp.resolve("PLANS"), Optional.of(plans)))
                .hasMessageContaining("holds the plans");
    }
}
