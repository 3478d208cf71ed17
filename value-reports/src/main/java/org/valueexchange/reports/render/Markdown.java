package org.valueexchange.reports.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.Attribute;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders the Markdown that users write in review notes: GitHub-flavoured tables, lists,
 * links and strikethrough. The result is inert whatever the notes say:
 * <ul>
 *   <li>raw HTML is escaped, not passed through, so every tag in the result is one flexmark
 *       writes for Markdown, and it escapes every attribute value;</li>
 *   <li>a link keeps its address only when a browser would read it as http, https, mailto or
 *       relative to the page, after flexmark has decoded its entities and escapes
 *       ({@link #isSafeUrl}); every link gets {@code rel="nofollow noopener"};</li>
 *   <li>images show their description, never load anything.</li>
 * </ul>
 * {@code MarkdownFuzzTests} and {@code HostileRenderingTests} hold this to a browser's reading
 * of the HTML. (Cleaning the HTML again with jsoup's allow-list, as this class once did, cost a
 * third of its time for nothing those tests could find.) Thread-safe.
 */
public final class Markdown {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final Parser parser;
    /**
     * The same parser without tables, for notes without a '|', which can hold no table: the
     * tables extension compiles a pattern for every document it reads, a tenth of a note's time.
     */
    private final Parser parserWithoutTables;
    private final HtmlRenderer renderer;
    /** The same renderer without the tables extension, whose set-up each document pays. */
    private final HtmlRenderer rendererWithoutTables;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "notes-table");
        MutableDataSet withoutTables = new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(AutolinkExtension.create(), StrikethroughExtension.create()));
        this.parser = Parser.builder(options).build();
        this.parserWithoutTables = Parser.builder(withoutTables).build();
        this.renderer = renderer(options);
        this.rendererWithoutTables = renderer(withoutTables);
    }

    private static HtmlRenderer renderer(MutableDataSet options) {
        return HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return Markdown::linkAttributes;
                    }
                })
                .nodeRendererFactory(options1 -> new NoImages())
                .build();
    }

    /** Links keep safe addresses only, and tell browsers not to pass on who linked. */
    private static void linkAttributes(com.vladsch.flexmark.util.ast.Node node, AttributablePart part,
                                       com.vladsch.flexmark.util.html.MutableAttributes attributes) {
        if (part != AttributablePart.LINK) {
            return;
        }
        // flexmark writes attribute values keeping any character reference in them ("&colon;"
        // reaches the browser as ':'), so every '&' is written as "&amp;": the browser then reads
        // exactly the address that was checked.
        Attribute href = attributes.get("href");
        if (href != null) {
            String url = href.getValue();
            if (isSafeUrl(url)) {
                attributes.replaceValue("href", url.replace("&", "&amp;"));
            } else {
                attributes.remove("href");
            }
        }
        Attribute title = attributes.get("title");
        if (title != null) {
            attributes.replaceValue("title", title.getValue().replace("&", "&amp;"));
        }
        attributes.replaceValue("rel", "nofollow noopener");
    }

    /** An image shows its description as text. */
    private static final class NoImages implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Image.class, (node, context, html) -> context.renderChildren(node)),
                    new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> context.renderChildren(node)));
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
        // Another host's address, or a character reference flexmark did not decode (one without
        // its ';'), which no honest link has.
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
     * Notes longer than this are shown as text: flexmark's link and code-span parsing is
     * quadratic in the worst case (64 KB of unclosed links took seconds).
     */
    static final int MAX_MARKDOWN_CHARS = 16 * 1024;

    /** Safe HTML for {@code markdown}. */
    public String toHtml(String markdown) {
        return toHtml(markdown, markdown.indexOf('|') >= 0);
    }

    /** Safe HTML for {@code markdown}, read with or without tables (which need a '|'). */
    String toHtml(String markdown, boolean tables) {
        if (markdown.length() > MAX_MARKDOWN_CHARS) {
            return asText(markdown);
        }
        try {
            return tables ? renderer.render(parser.parse(markdown))
                    : rendererWithoutTables.render(parserWithoutTables.parse(markdown));
        } catch (StackOverflowError deeplyNested) {
            // flexmark recurses once per level of nesting (block quotes, lists, emphasis); a few
            // thousand levels in a plan must not stop the build. The notes are shown as text.
            return asText(markdown);
        }
    }

    private static String asText(String markdown) {
        return "<pre class=\"notes-text\">" + HtmlOutputFormat.escape(markdown) + "</pre>";
    }
}
