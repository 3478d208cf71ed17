package org.valueexchange.reports.render.tofix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.valueexchange.reports.render.Markdown;

/**
 * Known bugs, kept as tests that fail once they are fixed: review notes a plan author can
 * write that crash the site build or take it minutes. They need a change in
 * {@link Markdown} (flexmark recurses once per level of nesting, and its link and code span
 * parsing is quadratic); see SECURITY.md, "Known issues". Once one of these fails, move its
 * input into the hostile rendering corpus and delete its test here.
 */
class MarkdownDenialOfServiceTests {

    /** The stack size of a thread that renders; Java's default on 64-bit Linux, macOS and Windows. */
    private static final long STACK = 1024 * 1024;

    private static String input(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(MarkdownDenialOfServiceTests.class.getResource("/tofix/markdown/" + name)
                .toURI()), StandardCharsets.UTF_8);
    }

    /** What rendering {@code markdown} threw, on a thread with the default stack, and how long it took. */
    private static Outcome render(String markdown) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        long[] nanos = new long[1];
        Thread thread = new Thread(null, () -> {
            long start = System.nanoTime();
            try {
                new Markdown().toHtml(markdown);
            } catch (Throwable t) {
                thrown.set(t);
            }
            nanos[0] = System.nanoTime() - start;
        }, "markdown", STACK);
        thread.start();
        thread.join();
        return new Outcome(thrown.get(), Duration.ofNanos(nanos[0]));
    }

    private record Outcome(Throwable thrown, Duration took) {
    }

    @Test
    void fiveThousandNestedBlockQuotesOverflowTheStack() throws Exception {
        assertThat(render(input("deep-block-quotes.md")).thrown()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void fiveThousandNestedListsOverflowTheStack() throws Exception {
        assertThat(render(input("deep-lists.md")).thrown()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void tenThousandNestedEmphasesOverflowTheStack() throws Exception {
        assertThat(render(input("deep-emphasis.md")).thrown()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void sixtyFourKilobytesOfUnclosedLinksTakeSeconds() throws Exception {
        Outcome outcome = render(input("quadratic-links.md"));
        assertThat(outcome.thrown()).isNull();
        assertThat(outcome.took()).isGreaterThan(Duration.ofSeconds(1));
    }
}
