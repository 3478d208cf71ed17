package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which link addresses review notes keep: those a browser reads as http, https, mailto or relative. */
class MarkdownLinkTests {

    private static final Markdown MARKDOWN = new Markdown();

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/runbook", "HTTP://example.org", "mailto:a@example.org",
            "runbook.html", "../index.html#alerts", "#top", "/docs/a:b", "page?x=a:b", "  https://example.org  "})
    void keepsAddressesABrowserReadsAsWebMailOrRelative(String url) {
        assertThat(Markdown.isSafeUrl(url)).as(url).isTrue();
        assertThat(MARKDOWN.toHtml("[x](<" + url.strip() + ">)")).contains("<a href=\"", "rel=\"nofollow noopener\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:x",
            "\u0001javascript:x", "vbscript:x", "data:text/html,x", "file:///etc/passwd", "ftp://example.org",
            "//attacker.example/", "\\\\attacker.example", "/\\attacker.example", "\\u006Aavascript:x",
            "java%0ascript:x", "x:y", "&#0000106&#0000097vascript:x"})
    void dropsEveryOtherAddress(String url) {
        assertThat(Markdown.isSafeUrl(url)).as(url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](&#106;avascript:alert(1))", "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)", "[x](java&#x09;script:alert(1))"})
    void linksWithDroppedAddressesKeepTheirTextButNoHref(String notes) {
        String html = MARKDOWN.toHtml(notes);
        assertThat(html).doesNotContain("href=\"java", "href=\"&").doesNotContainIgnoringCase("javascript:alert(1)\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"![pixel](https://attacker.example/pixel.png)", "![pixel][p]\n\n[p]: https://attacker.example/p.png"})
    void imagesShowTheirDescriptionAndLoadNothing(String notes) {
        assertThat(MARKDOWN.toHtml(notes)).contains("pixel").doesNotContain("<img", "attacker.example");
    }

    /** Named references kept in attribute values would reach the browser decoded. */
    @ParameterizedTest
    @ValueSource(strings = {"[a](javascript\\&colon;alert(1))", "[a](javascript&amp;colon;alert(1))",
            "[f]\n\n[f]: javascript\\&colon;alert(1)", "[x](JaVaScRiPt\\&colon;x)", "[y](data\\&colon;text/html,x)",
            "[c](java\\&Tab;script\\&colon;x)", "[b](\\&sol;\\&sol;evil.example/)", "[y](\\&bsol;\\&bsol;evil)",
            "[z](/\\&bsol;evil)", "[![i](x)](javascript\\&colon;x)", "| a |\n|---|\n| [t](javascript\\&colon;x) |",
            "[t](https://example.org \"x&quot; onclick=&quot;y\")", "[d](\\u006Aavascript:alert(4))"})
    void characterReferencesCannotSmuggleAnAddressPastTheCheck(String notes) {
        String html = MARKDOWN.toHtml(notes);
        HostileRenderingTests.assertInert(notes, html);
        MarkdownFuzzTests.assertTagsInSource(html);
    }

    @org.junit.jupiter.api.Test
    void addressesWithAmpersandsReachTheBrowserAsWritten() {
        String html = MARKDOWN.toHtml("[q](https://example.org/?x=1&y=2)");
        assertThat(html).contains("href=\"https://example.org/?x=1&amp;y=2\"");
        assertThat(org.jsoup.Jsoup.parse(html).selectFirst("a").attr("href")).isEqualTo("https://example.org/?x=1&y=2");
    }

    /** The renderer escapes attribute values itself: a reference written in a title stays text. */
    @org.junit.jupiter.api.Test
    void titlesReachTheBrowserAsWritten() {
        String html = MARKDOWN.toHtml("[q](https://example.org/ \"a \\&colon; b &amp; c\")");
        assertThat(org.jsoup.Jsoup.parse(html).selectFirst("a").attr("title")).isEqualTo("a &colon; b & c");
    }
}
