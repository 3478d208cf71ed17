package org.valueexchange.reports.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders the Markdown that users write in review notes: GitHub-flavoured tables, lists,
 * links and strikethrough. Raw HTML is escaped, not passed through, and the result is
 * cleaned against an allow-list, because link filters alone miss {@code data:},
 * {@code vbscript:} and entity-encoded {@code javascript:} links. Thread-safe.
 */
public final class Markdown {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("table", "class")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "notes-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Notes longer than this are shown as text: flexmark's link and code-span parsing is
     * quadratic in the worst case (64 KB of unclosed links took seconds).
     */
    static final int MAX_MARKDOWN_CHARS = 16 * 1024;

    /** Safe HTML for {@code markdown}. */
    public String toHtml(String markdown) {
        if (markdown.length() > MAX_MARKDOWN_CHARS) {
            return asText(markdown);
        }
        String html;
        try {
            html = renderer.render(parser.parse(markdown));
        } catch (StackOverflowError deeplyNested) {
            // flexmark recurses once per level of nesting (block quotes, lists, emphasis); a few
            // thousand levels in a plan must not stop the build. The notes are shown as text.
            return asText(markdown);
        }
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }

    private static String asText(String markdown) {
        return "<pre class=\"notes-text\">" + org.jsoup.nodes.Entities.escape(markdown) + "</pre>";
    }
}
