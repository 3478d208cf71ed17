package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanLoader;
import org.valueexchange.reports.site.SiteBuilder;
import org.valueexchange.reports.Fixture;

/**
 * The corpus of hostile plans under {@code src/test/resources/hostile-render}: each loads,
 * and every page of the site built from it, and the stand-alone review, is inert: no
 * script, no event handler, no frame, form or image, no link but http, https, mailto or
 * relative. {@code expected.txt} says what the input is ({@code #} lines) and what the pages
 * must show: {@code page contains: }, {@code page lacks: } (the account's page) and
 * {@code index contains: }, as HTML source.
 */
class HostileRenderingTests {

    /** Elements that run code, fetch something or take the reader elsewhere. */
    static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "form", "input", "button", "textarea", "select", "img", "video", "audio", "source",
            "track", "picture", "foreignobject", "noscript", "template", "portal", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset", "cite", "longdesc", "usemap", "ping");
    /** A scheme: what comes before the first colon, if no slash, question mark or hash comes first. */
    private static final Pattern SCHEME = Pattern.compile("^([^/?#:]*):");

    @TempDir
    Path tmp;

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(HostileRenderingTests.class.getResource("/hostile-render").toURI());
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loadsAndRendersInertPagesThatShowTheTextAsText(Path dir) throws Exception {
        Map<String, String> before = contents(dir);
        LoadResult result = new PlanLoader().load(dir);
        assertThat(result.problems()).as("problems").isEmpty();
        LoadedPortfolio loaded = result.loaded().orElseThrow();
        Renderer renderer = Renderer.create(Optional.empty());
        Path site = tmp.resolve("site");
        new SiteBuilder(renderer).build(loaded, Fixture.AS_OF, site, Optional.of(dir));

        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(6);
        for (Path page : pages) {
            assertInert(site.relativize(page).toString(), Files.readString(page, StandardCharsets.UTF_8));
        }
        PortfolioReview review = loaded.portfolio().review(Fixture.AS_OF);
        for (AccountReview account : review.accounts()) {
            assertInert("stand-alone review of " + account.id(), renderer.accountHtmlStandalone(review, account,
                    loaded.source(account.id())));
        }

        String page = Fixture.readable(Files.readString(site.resolve("accounts/a.html"), StandardCharsets.UTF_8));
        String index = Fixture.readable(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
        for (String line : Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("page contains: ")) {
                assertThat(page).contains(line.substring("page contains: ".length()));
            } else if (line.startsWith("page lacks: ")) {
                assertThat(page).doesNotContain(line.substring("page lacks: ".length()));
            } else if (line.startsWith("index contains: ")) {
                assertThat(index).contains(line.substring("index contains: ".length()));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalArgumentException(dir.getFileName() + "/expected.txt: cannot read '" + line + "'");
            }
        }
        assertThat(contents(dir)).as("the plans, unchanged").isEqualTo(before);
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.getLastModifiedTime(file) + " "
                        + Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** No element that runs, fetches or navigates; no handler; no URL but a safe one; one stylesheet at most. */
    static void assertInert(String name, String html) {
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            assertThat(ACTIVE).as("%s: element <%s> in%n%s", name, tag, element.outerHtml()).doesNotContain(tag);
            if (tag.equals("meta")) {
                assertThat(element.hasAttr("http-equiv")).as("%s: %s", name, element).isFalse();
            }
            if (tag.equals("link")) {
                // The layout's own links: the stylesheet, and an empty icon so that browsers ask for no favicon.
                assertThat(element.outerHtml()).as("%s: %s", name, element).matches(
                        "<link rel=\"stylesheet\" href=\"(\\.\\./)?style\\.css\">|<link rel=\"icon\" href=\"data:,\">");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                assertThat(key).as("%s: event handler in %s", name, element).doesNotStartWith("on");
                if (URL_ATTRIBUTES.contains(key)) {
                    // Browsers drop tabs, line breaks and leading spaces from URLs before they read the scheme.
                    String url = value.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                    var scheme = SCHEME.matcher(url);
                    // jsoup's relaxed allow-list keeps ftp: links too, which browsers no longer open.
                    assertThat(scheme.find() ? scheme.group(1) : "").as("%s: %s in %s", name, key, element)
                            .isIn("", "http", "https", "mailto", "ftp");
                    assertThat(url).as("%s: %s in %s", name, key, element).doesNotStartWith("//")
                            .doesNotStartWith("\\");
                }
                if (key.equals("style")) {
                    assertThat(value.toLowerCase(Locale.ROOT)).as("%s: %s", name, element)
                            .doesNotContain("url(", "expression(", "javascript:", "@import");
                }
            }
        }
        assertThat(document.select("style")).as("%s: style elements", name).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theInertnessCheckCatchesWhatItLooksFor() {
        for (String active : List.of("<script>x</script>", "<p onclick=x>a</p>", "<a href='javascript:x'>a</a>",
                "<a href=' java\tscript:x'>a</a>", "<a href='data:text/html,x'>a</a>", "<img src=x>",
                "<a href='//evil.example/'>a</a>", "<base href='https://evil.example/'>",
                "<svg><script>x</script></svg>",
                "<a href='vbscript:x'>a</a>", "<link rel=icon href='https://evil.example/'>",
                "<div style='background:url(x)'>a</div>", "<iframe src=x></iframe>",
                "<meta http-equiv=refresh content='0;url=https://evil.example/'>")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertInert("check", active)).as(active)
                    .isInstanceOf(AssertionError.class);
        }
        assertInert("check", "<a href='https://example.com/'>a</a><a href='../index.html#x'>b</a>"
                + "<a href='mailto:a@example.com'>c</a><a href='accounts-by-tier.html'>d</a>");
    }
}
