package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review notes a plan author can write that used to crash the site build (the Markdown library
 * recursing once per level of nesting) or take it seconds (flexmark-java's quadratic link
 * parsing). They now render, as text where Markdown cannot cope, quickly, on a thread with the
 * default stack.
 */
class MarkdownLimitsTests {

    /** The stack size of a thread that renders; Java's default on 64-bit Linux, macOS and Windows. */
    private static final long STACK = 1024 * 1024;

    private static String input(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(MarkdownLimitsTests.class.getResource("/markdown-limits/" + name).toURI()),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep-block-quotes.md", "deep-lists.md", "deep-emphasis.md", "quadratic-links.md"})
    void rendersPathologicalNotesQuicklyAsSafeText(String name) throws Exception {
        String markdown = input(name);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<String> html = new AtomicReference<>();
        AtomicReference<String> asMarkdown = new AtomicReference<>();
        long[] nanos = new long[1];
        Thread thread = new Thread(null, () -> {
            long start = System.nanoTime();
            try {
                html.set(new Markdown().toHtml(markdown));
                asMarkdown.set(new Markdown().toMarkdown(markdown));
            } catch (Throwable t) {
                thrown.set(t);
            }
            nanos[0] = System.nanoTime() - start;
        }, "markdown", STACK);
        thread.start();
        thread.join();
        assertThat(thrown.get()).as(name).isNull();
        assertThat(Duration.ofNanos(nanos[0])).as(name).isLessThan(Duration.ofSeconds(4));
        assertThat(html.get()).doesNotContain("<script", "javascript:");
        // The Markdown review gets them as it would any notes: blocks that end where they end.
        Node after = Parser.builder().build().parse(asMarkdown.get() + "\n# After\n").getLastChild();
        assertThat(after).as(name).isInstanceOf(Heading.class);
    }
}
