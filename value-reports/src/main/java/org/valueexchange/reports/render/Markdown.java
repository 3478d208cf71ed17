package org.valueexchange.reports.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the Markdown that users write in review notes, by commonmark-java: CommonMark with
 * GitHub's tables, strikethrough ({@code ~~}) and links from bare addresses. The result is inert
 * whatever the notes say:
 * <ul>
 *   <li>raw HTML is escaped, not passed through, so every tag in the result is one the renderer
 *       writes for Markdown, and it escapes every attribute value;</li>
 *   <li>a link keeps its address only when a browser would read it as http, https, mailto or
 *       relative to the page, after the parser has decoded its entities and escapes
 *       ({@link #isSafeUrl}); every link gets {@code rel="nofollow noopener"};</li>
 *   <li>images show their description, never load anything.</li>
 * </ul>
 * {@code MarkdownFuzzTests} and {@code HostileRenderingTests} hold this to a browser's reading
 * of the HTML. (flexmark-java rendered the notes until it was measured taking a fifth of a
 * 10,000-account site build, about five times what commonmark-java takes for the same HTML;
 * BENCHMARKS.md.) Thread-safe.
 */
public final class Markdown {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(true).build());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(true)
                .softbreak("\n")
                .attributeProviderFactory(context -> Markdown::attributes)
                .nodeRendererFactory(NoImages::new)
                .build();
    }

    /**
     * Tables get the stylesheet's class; links keep safe addresses only, and tell browsers not
     * to pass on who linked. The renderer escapes the values as it writes them ({@code &} as
     * {@code &amp;}), so the browser reads exactly the address that was checked.
     */
    private static void attributes(Node node, String tag, Map<String, String> attributes) {
        if (node instanceof TableBlock) {
            attributes.put("class", "notes-table");
        } else if (node instanceof Link) {
            String href = attributes.get("href");
            if (href != null && !isSafeUrl(href)) {
                attributes.remove("href");
            }
            attributes.put("rel", "nofollow noopener");
        }
    }

    /** An image shows its description as text. */
    private static final class NoImages implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        NoImages(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }

    /**
     * Whether a browser would read {@code url} as an http, https or mailto address, or as one
     * relative to the page (not to another host). Browsers drop leading and trailing control
     * characters and spaces and every tab and line break before they read the scheme, and read
     * a backslash as a slash. Anything that might be read as another scheme is refused.
     */
    static boolean isSafeUrl(String url) {
        StringBuilder cleaned = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                cleaned.append(c);
            }
        }
        int from = 0;
        int to = cleaned.length();
        while (from < to && cleaned.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && cleaned.charAt(to - 1) <= ' ') {
            to--;
        }
        String u = cleaned.substring(from, to);
        // Another host's address, or a character reference the parser did not decode (one
        // without its ';'), which no honest link has.
        if (u.startsWith("\\") || u.replace('\\', '/').startsWith("//") || u.contains("&#")) {
            return false;
        }
        // A colon before any '/', '?' or '#' ends a scheme; whatever precedes it must be one we
        // allow, even where a browser would read no scheme at all ("java%0ascript:" is a path).
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':') {
                return SAFE_SCHEMES.contains(u.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
        }
        return true;
    }

    /**
     * Notes longer than this are shown as text, so that no one note can hold a build up: a plan
     * is untrusted input. (commonmark-java reads the pathological notes we know of in time
     * linear in their length, see {@code MarkdownLimitsTests}; flexmark-java, before it, took
     * seconds over 64 KB of unclosed links.)
     */
    static final int MAX_MARKDOWN_CHARS = 16 * 1024;

    /** Safe HTML for {@code markdown}. */
    public String toHtml(String markdown) {
        if (markdown.length() > MAX_MARKDOWN_CHARS) {
            return asText(markdown);
        }
        try {
            return renderer.render(parser.parse(markdown));
        } catch (StackOverflowError deeplyNested) {
            // commonmark-java recurses once per level of nesting (block quotes, lists, emphasis);
            // a few thousand levels in a plan must not stop the build. The notes are shown as text.
            return asText(markdown);
        }
    }

    private static String asText(String markdown) {
        return "<pre class=\"notes-text\">" + HtmlOutputFormat.escape(markdown) + "</pre>";
    }
}
