package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class SiteBuilderTests {

    @TempDir
    Path tmp;

    private SiteBuilder.Result build(Path out) throws Exception {
        return new SiteBuilder(Renderer.create(Optional.empty())).build(Fixture.load(), Fixture.AS_OF, out, Optional.of(Fixture.dir()));
    }

    @Test
    void buildsIndexSortPagesAccountPagesAndStylesheet() throws Exception {
        SiteBuilder.Result result = build(tmp.resolve("site"));
        assertThat(result.accounts()).isEqualTo(6);
        assertThat(Fixture.files(tmp.resolve("site")).keySet()).containsExactly(".value-site",
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
        Map<String, byte[]> a = Fixture.files(tmp.resolve("a"));
        Map<String, byte[]> b = Fixture.files(tmp.resolve("b"));
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
        Map<String, byte[]> sequential = Fixture.files(tmp.resolve("sequential"));
        Map<String, byte[]> parallel = Fixture.files(tmp.resolve("parallel"));
        assertThat(parallel.keySet()).isEqualTo(sequential.keySet());
        sequential.forEach((name, bytes) -> assertThat(parallel.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theSiteIsTheSameHoweverThePlansFolderIsNamed() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("plans-link"), Fixture.dir());
        build(tmp.resolve("direct"));
        var viaLink = new org.valueexchange.reports.plan.PlanLoader().load(link).loaded().orElseThrow();
        new SiteBuilder(Renderer.create(Optional.empty())).build(viaLink, Fixture.AS_OF, tmp.resolve("linked"), Optional.of(link));
        Map<String, byte[]> direct = Fixture.files(tmp.resolve("direct"));
        Map<String, byte[]> linked = Fixture.files(tmp.resolve("linked"));
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
    void rebuildingReplacesItsOwnFilesAndKeepsThoseItDidNotWrite() throws Exception {
        Path plans = Fixture.copyTo(tmp.resolve("plans"));
        Path out = tmp.resolve("site");
        SiteBuilder builder = new SiteBuilder(Renderer.create(Optional.empty()));
        assertThat(builder.build(plans, Fixture.AS_OF, out, SiteBuilder.Progress.NONE).site()).isPresent();
        Files.writeString(out.resolve("index.html"), "old");
        Files.writeString(out.resolve("CNAME"), "accounts.example.com\n");
        Files.writeString(out.resolve(".nojekyll"), "");
        Files.writeString(Files.createDirectories(out.resolve("assets/img")).resolve("logo.svg"), "<svg/>");
        Files.writeString(out.resolve("accounts/haggler.notes.txt"), "mine");
        Files.delete(plans.resolve("accounts/haggler.yaml"));

        assertThat(builder.build(plans, Fixture.AS_OF, out, SiteBuilder.Progress.NONE).site()).isPresent();

        assertThat(out.resolve("index.html")).content().contains("<html").doesNotContain("haggler");
        assertThat(out.resolve("accounts/haggler.html")).doesNotExist();
        assertThat(out.resolve("CNAME")).hasContent("accounts.example.com");
        assertThat(out.resolve(".nojekyll")).isEmptyFile();
        assertThat(out.resolve("assets/img/logo.svg")).hasContent("<svg/>");
        assertThat(out.resolve("accounts/haggler.notes.txt")).hasContent("mine");
        // The mark lists what the build wrote, and nothing it kept.
        Map<String, byte[]> files = Fixture.files(out);
        List<String> listed = Files.readAllLines(out.resolve(".value-site"));
        assertThat(listed.subList(listed.indexOf("") + 1, listed.size())).containsExactlyElementsOf(Stream.concat(
                Stream.of("accounts/"), files.keySet().stream()
                        .filter(name -> name.endsWith(".html") || name.equals("style.css"))
                        .map(name -> name.replace(java.io.File.separatorChar, '/'))).sorted().toList())
                .hasSize(7 + 1 + 5 + 1);
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-")
                || p.getFileName().toString().contains(".old-"));
    }

    @Test
    void refusesAFolderItDidNotWriteAndLeavesItAlone() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(foreign.resolve("keep.txt"), "precious");
        assertThatThrownBy(() -> build(foreign)).isInstanceOf(SiteException.class)
                .hasMessageContaining("is not empty and was not written by 'value site'");
        assertThat(Files.readString(foreign.resolve("keep.txt"))).isEqualTo("precious");
        assertThat(Fixture.files(foreign)).containsOnlyKeys("keep.txt");
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

    /** The bundled examples: twelve realistic accounts, with capacity and parity findings. */
    private static Path examples() {
        return Path.of("..", "examples").toAbsolutePath().normalize();
    }

    private static SiteBuilder.Result streamed(SiteBuilder builder, Path plans, Path out) throws Exception {
        SiteBuilder.Outcome outcome = builder.build(plans, Fixture.AS_OF, out, SiteBuilder.Progress.NONE);
        assertThat(outcome.problems()).isEmpty();
        return outcome.site().orElseThrow();
    }

    @Test
    void theSpillFileIsGoneFromTheTemporaryFolderWhileTheBuildRunsAndAfter() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<List<Path>> spills = () -> {
            try (Stream<Path> files = Files.list(temp)) {
                return files.filter(f -> f.getFileName().toString().matches("value-site-.*\\.spill")).toList();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        List<Path> before = spills.get();
        List<List<Path>> during = new java.util.ArrayList<>();
        SiteBuilder.Outcome outcome = new SiteBuilder(Renderer.create(Optional.empty())).withThreads(1)
                .build(Fixture.dir(), Fixture.AS_OF, tmp.resolve("site"), (done, total) -> during.add(spills.get()));
        assertThat(outcome.problems()).isEmpty();
        assertThat(during).isNotEmpty().allSatisfy(seen -> assertThat(seen).containsExactlyInAnyOrderElementsOf(before));
        assertThat(spills.get()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void theIndexCitesTheLinesAFindingQuotesAsTheAccountPageDoes() throws Exception {
        Path out = tmp.resolve("site");
        streamed(new SiteBuilder(Renderer.create(Optional.empty())), examples(), out);
        String index = Files.readString(out.resolve("index.html"));
        String alerts = index.substring(index.indexOf("<section id=\"alerts\">"));
        java.util.regex.Matcher cited = java.util.regex.Pattern
                .compile("<a href=\"(accounts/[^\"]+)\">[^<]*</a>(?:<br><span class=\"where\">[^<]*</span>)?</td>"
                        + "<td>([^<]*\\(line \\d+\\)[^<]*)</td>")
                .matcher(alerts);
        int found = 0;
        while (cited.find()) {
            String page = Files.readString(out.resolve(cited.group(1)));
            assertThat(page).as(cited.group(1)).contains("<p>" + cited.group(2) + "</p>");
            found++;
        }
        assertThat(found).as("findings in the index that quote a line").isGreaterThan(2);
    }

    @Test
    void theIndexShowsWhereEachFindingIsWrittenAsTheAccountPageDoes() throws Exception {
        Path out = tmp.resolve("site");
        streamed(new SiteBuilder(Renderer.create(Optional.empty())), examples(), out);
        org.jsoup.select.Elements rows = org.jsoup.Jsoup.parse(Files.readString(out.resolve("index.html")))
                .select("#alerts tbody tr");
        int accounts = 0;
        int settings = 0;
        for (org.jsoup.nodes.Element row : rows) {
            String code = row.selectFirst("td code").text();
            org.jsoup.nodes.Element about = row.select("td").get(1);
            org.jsoup.nodes.Element link = about.selectFirst("a");
            org.jsoup.select.Elements where = about.select("span.where");
            if (link != null) {
                // Each of an account's findings is somewhere in its plan: where its page says.
                assertThat(where).as(code + " of " + link.attr("href")).hasSize(1);
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out.resolve(link.attr("href"))));
                assertThat(page.select("li.alert").stream().filter(li -> li.selectFirst("code").text().equals(code))
                        .map(li -> li.select("span.where").text()))
                        .as(code + " on " + link.attr("href")).contains(where.text());
                assertThat(examples().resolve(where.text().substring(0, where.text().indexOf(':')))).isRegularFile();
                accounts++;
            } else if (!where.isEmpty()) {
                // A portfolio-wide finding from a setting that value.yaml writes: that key.
                String[] at = where.text().split(":");
                assertThat(at[0]).isEqualTo("value.yaml");
                String line = Files.readAllLines(examples().resolve("value.yaml")).get(Integer.parseInt(at[1]) - 1);
                assertThat(line.substring(Integer.parseInt(at[2]) - 1)).as(where.text()).startsWith("capacity:");
                settings++;
            }
        }
        assertThat(accounts).as("account findings on the index").isGreaterThan(2).isEqualTo(rows.size() - settings);
        assertThat(settings).as("findings about a tier's capacity").isPositive();
    }

    @Test
    void aPortfolioFindingAboutADefaultSettingIsOfNoFile() throws Exception {
        // The fixture's value.yaml leaves the tiers at their defaults: three strategic accounts
        // for a capacity of two that no file writes.
        Path out = tmp.resolve("site");
        streamed(new SiteBuilder(Renderer.create(Optional.empty())), Fixture.dir(), out);
        List<org.jsoup.nodes.Element> portfolio = org.jsoup.Jsoup.parse(Files.readString(out.resolve("index.html")))
                .select("#alerts tbody tr").stream().filter(row -> row.select("td").get(1).selectFirst("a") == null)
                .toList();
        assertThat(portfolio).extracting(row -> row.selectFirst("td code").text()).contains("tier-over-capacity");
        assertThat(portfolio).allSatisfy(row -> assertThat(row.select("span.where")).isEmpty());
    }

    @Test
    void aStreamedBuildOnOneThreadOrFourIsByteIdenticalToAnInMemoryOne() throws Exception {
        for (Path plans : java.util.List.of(Fixture.dir(), examples())) {
            Path dir = Files.createDirectories(tmp.resolve(plans.getFileName().toString()));
            SiteBuilder builder = new SiteBuilder(Renderer.create(Optional.empty()));
            var loaded = new org.valueexchange.reports.plan.PlanLoader().load(plans).loaded().orElseThrow();
            builder.withThreads(1).build(loaded, Fixture.AS_OF, dir.resolve("memory"), Optional.of(plans));
            SiteBuilder.Result one = streamed(builder.withThreads(1), plans, dir.resolve("one"));
            SiteBuilder.Result four = streamed(builder.withThreads(4), plans, dir.resolve("four"));
            assertThat(one.accounts()).isEqualTo(four.accounts()).isEqualTo(loaded.portfolio().accounts().size());
            Map<String, byte[]> memory = Fixture.files(dir.resolve("memory"));
            assertThat(memory).hasSize(one.files());
            for (String copy : java.util.List.of("one", "four")) {
                Map<String, byte[]> streamed = Fixture.files(dir.resolve(copy));
                assertThat(streamed.keySet()).as(copy).isEqualTo(memory.keySet());
                memory.forEach((name, bytes) -> assertThat(streamed.get(name)).as(copy + " " + name).isEqualTo(bytes));
            }
        }
    }

    @Test
    void aStreamedBuildReportsEveryProblemAndWritesNothing() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("plans"));
        Files.writeString(plans.resolve("a.yaml"), "name: A\nsegment: retail\nowner: X\ncurrency: GBP\n"
                + "orientation: {intellectual: 11, emotional: 1}\n");
        Files.writeString(plans.resolve("b.yaml"), "name: B\nsegmnt: retail\nowner: X\ncurrency: GBP\n"
                + "orientation: {intellectual: 1, emotional: 1}\n");
        SiteBuilder.Outcome outcome = new SiteBuilder(Renderer.create(Optional.empty()))
                .build(plans, Fixture.AS_OF, tmp.resolve("site"), SiteBuilder.Progress.NONE);
        assertThat(outcome.site()).isEmpty();
        assertThat(outcome.problems()).extracting(p -> p.location().path())
                .anyMatch(path -> path.endsWith("a.yaml")).anyMatch(path -> path.endsWith("b.yaml"));
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void progressIsToldOfEveryAccountPageOnceItIsWrittenCountingUp() throws Exception {
        Path plans = tmp.resolve("plans");
        Fixture.copyTo(plans);
        Path site = tmp.resolve("site");
        List<Integer> counts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<String> early = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        SiteBuilder.Outcome outcome = new SiteBuilder(Renderer.create(Optional.empty())).build(plans, Fixture.AS_OF,
                site, (done, total) -> {
                    counts.add(done * 1000 + total);
                    // At least as many pages are on disk, in the staging folder, as were told of.
                    try (Stream<Path> staged = Files.walk(tmp)) {
                        long pages = staged.filter(p -> p.toString().contains(".tmp-")
                                && p.getParent().getFileName().toString().equals("accounts")).count();
                        if (pages < done) {
                            early.add(done + " told, " + pages + " written");
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        int accounts = outcome.site().orElseThrow().accounts();
        assertThat(accounts).isGreaterThan(1);
        assertThat(counts).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, accounts).map(done -> done * 1000 + accounts).boxed().toList());
        assertThat(early).isEmpty();
    }

    @Test
    void aWriteFailingMidBuildFailsItLeavingNoStagingFolderAndThePreviousSite() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("many/accounts"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(plans.resolve(String.format("a%03d.yaml", i)), "name: Account " + i
                    + "\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n");
        }
        Path site = tmp.resolve("site");
        SiteBuilder builder = new SiteBuilder(Renderer.create(Optional.empty()));
        assertThat(builder.build(tmp.resolve("many"), Fixture.AS_OF, site, SiteBuilder.Progress.NONE).problems()).isEmpty();
        Map<String, byte[]> before = Fixture.files(site);
        // Once the tenth page is written, the staging folder's accounts folder goes: every
        // later page's write fails.
        SiteBuilder.Progress vandal = (done, total) -> {
            if (done == 10) {
                try (Stream<Path> staged = Files.walk(tmp)) {
                    Path accounts = staged.filter(p -> p.getFileName().toString().equals("accounts")
                            && p.getParent().getFileName().toString().contains(".tmp-")).findFirst().orElseThrow();
                    try (Stream<Path> pages = Files.list(accounts)) {
                        for (Path page : pages.toList()) {
                            Files.delete(page);
                        }
                    }
                    Files.delete(accounts);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        assertThatThrownBy(() -> builder.build(tmp.resolve("many"), Fixture.AS_OF, site, vandal))
                .isInstanceOf(SiteException.class).hasMessageContaining("cannot write the site")
                .hasMessageContaining("accounts");
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-"));
        Map<String, byte[]> after = Fixture.files(site);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aBugInABuildOnThreadsOfItsOwnComesBackAsItselfNotAsACopy() throws Exception {
        Path plans = tmp.resolve("plans");
        Fixture.copyTo(plans);
        IllegalStateException bug = new IllegalStateException("a bug in a progress display");
        SiteBuilder builder = new SiteBuilder(Renderer.create(Optional.empty())).withThreads(2);
        Path site = tmp.resolve("site");
        // ForkJoinTask.get() would give back a copy made by reflection, with another stack.
        assertThatThrownBy(() -> builder.build(plans, Fixture.AS_OF, site, (done, total) -> {
            throw bug;
        })).isSameAs(bug);
        assertThat(site).doesNotExist();
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-"));
    }

    @Test
    void plansEditedWhileTheSiteIsBuiltDoNotChangeItTheSiteIsOfOneReading() throws Exception {
        Path plans = tmp.resolve("plans");
        Fixture.copyTo(plans);
        SiteBuilder builder = new SiteBuilder(Renderer.create(Optional.empty())).withThreads(1);
        Path site = tmp.resolve("site");
        streamed(builder, plans, site);
        Map<String, byte[]> before = Fixture.files(site);
        java.util.concurrent.atomic.AtomicBoolean edited = new java.util.concurrent.atomic.AtomicBoolean();
        // Once the first page is written, every plan's name changes: the pages not yet written
        // are still of the plans as the first pass read them, as the index already written is.
        SiteBuilder.Progress editor = (done, total) -> {
            if (edited.compareAndSet(false, true)) {
                try (Stream<Path> files = Files.walk(plans.resolve("accounts"))) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Files.writeString(f, Files.readString(f).replaceFirst("(?m)^name: ([^\"].*)$", "name: $1 Renamed"));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        builder.build(plans, Fixture.AS_OF, site, editor);
        assertThat(edited).isTrue();
        Map<String, byte[]> after = Fixture.files(site);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-"));
        // The next build reads the edits.
        assertThat(builder.build(plans, Fixture.AS_OF, site, SiteBuilder.Progress.NONE).problems()).isEmpty();
        assertThat(Files.readString(site.resolve("index.html"))).contains("Alpha Works Renamed");
    }
}
