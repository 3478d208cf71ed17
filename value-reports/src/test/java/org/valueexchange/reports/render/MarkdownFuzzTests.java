package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Whatever review notes say, their HTML is inert: no script, no event handler, no URL but
 * http, https, mailto or relative (see {@link HostileRenderingTests#assertInert}).
 *
 * <p>In a normal build this replays the inputs in
 * {@code src/test/resources/org/valueexchange/reports/render/MarkdownFuzzTestsInputs/} (UTF-8
 * text); with {@code JAZZER_FUZZ=1} it fuzzes. Notes are cut at {@link #MAX_LENGTH} characters:
 * nesting a few thousand levels deep overflows the Markdown library's stack, which
 * {@link Markdown} catches (see {@code MarkdownLimitsTests}), and would otherwise be all fuzzing
 * finds.
 */
class MarkdownFuzzTests {

    static final int MAX_LENGTH = 1000;

    private static final Markdown MARKDOWN = new Markdown();

    @FuzzTest(maxDuration = "5m")
    void anyNotesRenderToInertHtml(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String notes = text.substring(0, Math.min(text.length(), MAX_LENGTH));
        String html = MARKDOWN.toHtml(notes);
        HostileRenderingTests.assertInert("notes", html);
        assertTagsInSource(html);
    }

    @Test
    void theSourceCheckCatchesWhatItLooksFor() {
        for (String active : List.of("<p><script>x</script></p>", "<p onclick=\"x\">a</p>",
                "<a href=\"x\" onfocus=x>a</a>", "<IMG src=\"x\">", "<iframe></iframe>")) {
            assertThatThrownBy(() -> assertTagsInSource(active)).as(active).isInstanceOf(AssertionError.class);
        }
        assertTagsInSource("<p title=\"<script> onclick=x\">&lt;script&gt; a=\"b\" onclick</p>"
                + "<a href=\"https://x/\">y</a>");
    }

    /**
     * The same, read from the source rather than parsed: the cleaner escapes every {@code <} in
     * text, so each one starts a tag; within a tag, values are double-quoted with their quotes
     * escaped. No tag may be an active one, and no attribute a handler.
     */
    static void assertTagsInSource(String html) {
        int i = html.indexOf('<');
        while (i >= 0) {
            int end = i + 1;
            while (end < html.length() && (Character.isLetterOrDigit(html.charAt(end)) || html.charAt(end) == '/')) {
                end++;
            }
            String tag = html.substring(i + 1, end).replace("/", "").toLowerCase(Locale.ROOT);
            assertThat(HostileRenderingTests.ACTIVE).as("tag <%s> in %s", tag, html).doesNotContain(tag);
            boolean quoted = false;
            int nameStart = -1;
            for (; end < html.length() && (quoted || html.charAt(end) != '>'); end++) {
                char c = html.charAt(end);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && nameStart < 0 && Character.isLetter(c)) {
                    nameStart = end;
                } else if (!quoted && nameStart >= 0 && (c == '=' || c == ' ')) {
                    assertThat(html.substring(nameStart, end).toLowerCase(Locale.ROOT)).as("in %s", html)
                            .doesNotStartWith("on");
                    nameStart = -1;
                }
            }
            i = html.indexOf('<', end);
        }
    }
}
