package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.render.Renderer;

class SiteBuilderTests {

    @TempDir
    Path tmp;

    private SiteBuilder.Result build(Path out) throws Exception {
        return new SiteBuilder(Renderer.create(Optional.empty())).build(Fixture.load(), Fixture.AS_OF, out, Optional.of(Fixture.dir()));
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void buildsIndexSortPagesAccountPagesAndStylesheet() throws Exception {
        SiteBuilder.Result result = build(tmp.resolve("site"));
        assertThat(result.accounts()).isEqualTo(6);
        assertThat(contents(tmp.resolve("site")).keySet()).containsExactly(".value-site",
                "accounts-by-alerts.html", "accounts-by-balance.html", "accounts-by-freshness.html", "accounts-by-quadrant.html",
                "accounts-by-segment.html", "accounts-by-tier.html", "accounts/haggler.html",
                "accounts/partner-a.html", "accounts/partner-b.html", "accounts/pretender.html",
                "accounts/spiral.html", "accounts/steady.html", "index.html", "style.css");
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-")
                || p.getFileName().toString().contains(".old-"));
    }

    @Test
    void theSameInputGivesByteIdenticalFiles() throws Exception {
        build(tmp.resolve("a"));
        build(tmp.resolve("b"));
        Map<String, byte[]> a = contents(tmp.resolve("a"));
        Map<String, byte[]> b = contents(tmp.resolve("b"));
        assertThat(a.keySet()).isEqualTo(b.keySet());
        a.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
    }

    @Test
    void aParallelBuildIsByteIdenticalToASingleThreadedOne() throws Exception {
        // Parallel streams run in the pool they are started from: one thread, then four.
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        java.util.concurrent.ForkJoinPool four = new java.util.concurrent.ForkJoinPool(4);
        try {
            one.submit(() -> build(tmp.resolve("sequential"))).get();
            four.submit(() -> build(tmp.resolve("parallel"))).get();
        } finally {
            one.shutdown();
            four.shutdown();
        }
        Map<String, byte[]> sequential = contents(tmp.resolve("sequential"));
        Map<String, byte[]> parallel = contents(tmp.resolve("parallel"));
        assertThat(parallel.keySet()).isEqualTo(sequential.keySet());
        sequential.forEach((name, bytes) -> assertThat(parallel.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theSiteIsTheSameHoweverThePlansFolderIsNamed() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("plans-link"), Fixture.dir());
        build(tmp.resolve("direct"));
        var viaLink = new org.valueexchange.reports.plan.PlanLoader().load(link).loaded().orElseThrow();
        new SiteBuilder(Renderer.create(Optional.empty())).build(viaLink, Fixture.AS_OF, tmp.resolve("linked"), Optional.of(link));
        Map<String, byte[]> direct = contents(tmp.resolve("direct"));
        Map<String, byte[]> linked = contents(tmp.resolve("linked"));
        direct.forEach((name, bytes) -> assertThat(linked.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aTemplateFailingOnOneAccountOfManyLeavesNoHalfWrittenFolder(@TempDir Path templates) throws Exception {
        // Regression: the failure came back while other pages were still being written.
        Path plans = Files.createDirectories(tmp.resolve("many/accounts"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(plans.resolve(String.format("a%03d.yaml", i)), "name: Account " + i
                    + "\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n");
        }
        Files.writeString(templates.resolve("account.html"), "<#if account.id == \"a150\">${nope}</#if>ok");
        var loaded = new org.valueexchange.reports.plan.PlanLoader().load(tmp.resolve("many")).loaded().orElseThrow();
        assertThatThrownBy(() -> new SiteBuilder(Renderer.create(Optional.of(templates)))
                .build(loaded, Fixture.AS_OF, tmp.resolve("site"), Optional.empty()))
                .isInstanceOf(org.valueexchange.reports.render.RenderException.class);
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-"));
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void rebuildingReplacesItsOwnSite() throws Exception {
        Path out = tmp.resolve("site");
        build(out);
        Files.writeString(out.resolve("stale.html"), "old");
        build(out);
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void refusesAFolderItDidNotWriteAndLeavesItAlone() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(foreign.resolve("keep.txt"), "precious");
        assertThatThrownBy(() -> build(foreign)).isInstanceOf(SiteException.class)
                .hasMessageContaining("is not empty and was not written by 'value site'");
        assertThat(Files.readString(foreign.resolve("keep.txt"))).isEqualTo("precious");
        assertThat(contents(foreign)).containsOnlyKeys("keep.txt");
    }

    @Test
    void writesIntoAnEmptyFolder() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        build(empty);
        assertThat(empty.resolve("index.html")).exists();
    }

    @Test
    void refusesToWriteOverThePlansOrAGitWorkTree() throws Exception {
        assertThatThrownBy(() -> build(Fixture.dir())).isInstanceOf(SiteException.class)
                .hasMessageContaining("it holds the plans");
        assertThatThrownBy(() -> build(Fixture.dir().getParent())).isInstanceOf(SiteException.class)
                .hasMessageContaining("it holds the plans");
        Path repo = Files.createDirectories(tmp.resolve("repo/.git")).getParent();
        assertThatThrownBy(() -> build(repo)).isInstanceOf(SiteException.class)
                .hasMessageContaining("git work tree");
        assertThatThrownBy(() -> build(Path.of(System.getProperty("user.home")))).isInstanceOf(SiteException.class);
    }

    @Test
    void refusesAFileInPlaceOfTheFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("site"), "x");
        assertThatThrownBy(() -> build(file)).isInstanceOf(SiteException.class).hasMessageContaining("not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aBrokenTemplateLeavesThePreviousSiteIntact(@TempDir Path templates) throws Exception {
        Path out = tmp.resolve("site");
        build(out);
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        Files.writeString(templates.resolve("account.html"), "${nope}");
        assertThatThrownBy(() -> new SiteBuilder(Renderer.create(Optional.of(templates)))
                .build(Fixture.load(), Fixture.AS_OF, out, Optional.empty()))
                .isInstanceOf(org.valueexchange.reports.render.RenderException.class)
                .hasMessageContaining("account.html");
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-"));
    }
}
