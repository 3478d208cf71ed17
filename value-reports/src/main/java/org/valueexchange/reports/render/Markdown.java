package org.valueexchange.reports.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.markdown.MarkdownWriter;

/**
 * Renders the Markdown that users write in review notes, by commonmark-java: CommonMark with
 * GitHub's tables, strikethrough ({@code ~~}) and links from bare addresses, as HTML for the
 * site and as Markdown for {@code review -f md}. Both are made from the same parsed notes, made
 * inert first, whatever the notes say:
 * <ul>
 *   <li>raw HTML becomes code, shown as written, so every tag in the HTML is one the renderer
 *       writes for Markdown (and it escapes every attribute value);</li>
 *   <li>a link keeps its address only when a browser would read it as http, https, mailto or
 *       relative to the page, after the parser has decoded its entities and escapes
 *       ({@link #isSafeUrl}); any other link is its text alone. Every link in the HTML gets
 *       {@code rel="nofollow noopener"};</li>
 *   <li>images show their description, never load anything.</li>
 * </ul>
 * The Markdown is written afresh from the parsed notes (commonmark-java's Markdown renderer),
 * not passed through: a code fence the notes leave open is closed, so nothing the notes say can
 * run on into the rest of the review, and read by a CommonMark reader it gives the HTML the site
 * shows ({@code MarkdownNotesProperties}).
 * {@code MarkdownFuzzTests} and {@code HostileRenderingTests} hold this to a browser's reading
 * of the HTML. (flexmark-java rendered the notes until it was measured taking a fifth of a
 * 10,000-account site build, about five times what commonmark-java takes for the same HTML;
 * BENCHMARKS.md.) Thread-safe.
 */
public final class Markdown {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MarkdownRenderer markdownRenderer;

    public Markdown() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(true).build());
        // Made inert after the extensions' own post-processing, which makes links of bare addresses.
        this.parser = Parser.builder().extensions(extensions).postProcessor(Markdown::inert).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(true)
                .softbreak("\n")
                .attributeProviderFactory(context -> Markdown::attributes)
                .build();
        this.markdownRenderer = MarkdownRenderer.builder().extensions(extensions)
                .nodeRendererFactory(new MarkdownNodeRendererFactory() {
                    @Override
                    public NodeRenderer create(MarkdownNodeRendererContext context) {
                        return new AsParsed(context);
                    }

                    @Override
                    public Set<Character> getSpecialCharacters() {
                        return Set.of();
                    }
                })
                .build();
    }

    /** Tables get the stylesheet's class; links tell browsers not to pass on who linked. */
    private static void attributes(Node node, String tag, Map<String, String> attributes) {
        if (node instanceof TableBlock) {
            attributes.put("class", "notes-table");
        } else if (node instanceof Link) {
            attributes.put("rel", "nofollow noopener");
        }
    }

    /**
     * Makes parsed notes inert, in place: raw HTML becomes code, shown as written (an HTML block a
     * code block, inline HTML a code span on one line, joined to a code span beside it), a table
     * of no columns goes, a link to an address that is not safe and
     * an image become their text, and link reference definitions go (every link already holds
     * its address).
     */
    private static Node inert(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof HtmlInline html) {
                Code code = new Code(html.getLiteral().replace('\n', ' '));
                node.insertBefore(code);
                node.unlink();
                joinToPrevious(code);
            } else if (node instanceof Code code) {
                joinToPrevious(code);
            } else if (node instanceof HtmlBlock html) {
                FencedCodeBlock code = new FencedCodeBlock();
                code.setLiteral(html.getLiteral().endsWith("\n") ? html.getLiteral() : html.getLiteral() + "\n");
                node.insertBefore(code);
                node.unlink();
            } else if (node instanceof LinkReferenceDefinition || node instanceof TableBlock && !hasCells(node)) {
                node.unlink();
            } else if (node instanceof Image || node instanceof Link link && !isSafeUrl(link.getDestination())) {
                // Its children take its place and are made inert in their turn.
                Node first = node.getFirstChild();
                for (Node child = first; child != null; ) {
                    Node following = child.getNext();
                    node.insertBefore(child);
                    child = following;
                }
                node.unlink();
                if (first != null) {
                    next = first;
                }
            } else {
                inert(node);
            }
            node = next;
        }
        return parent;
    }

    /**
     * Readies parsed notes for commonmark-java's Markdown renderer, in place, where it would
     * otherwise write Markdown that reads back as something else:
     * <ul>
     *   <li>a {@code +} that starts a line of text is escaped: the renderer writes it as it is,
     *       where it starts a list item (it escapes the other marks that could);</li>
     *   <li>a list item's content starts one space after its mark: the renderer keeps the
     *       original indent on the first line but not on the next ones;</li>
     *   <li>a list right after another of the same kind gets the other mark ({@code -} and
     *       {@code *}, {@code .} and {@code )}), or the two would read as one: what stood between
     *       them may have been a link reference definition, now gone;</li>
     *   <li>an indented code block is fenced: after a list it would read as part of the list's
     *       last item;</li>
     *   <li>texts side by side (a link or an image removed from between them) are one text, and
     *       a space that starts or ends emphasis is written as a character reference.</li>
     * </ul>
     */
    private static Node forMarkdown(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            while (node instanceof Text text && node.getNext() instanceof Text following) {
                // Text a removed link or image stood between: one text, so that the renderer sees
                // "1. b" at the start of a line whole and escapes it.
                text.setLiteral(text.getLiteral() + following.getLiteral());
                following.unlink();
            }
            if (node instanceof Text text && isEmphasis(parent) && !text.getLiteral().isEmpty()) {
                // Emphasis cannot start or end with a space as written: "* x*" is a list item.
                String literal = text.getLiteral();
                if (node.getPrevious() == null && Character.isWhitespace(literal.charAt(0))) {
                    node.insertBefore(new Escaped("&#" + (int) literal.charAt(0) + ";"));
                    literal = literal.substring(1);
                }
                if (node.getNext() == null && !literal.isEmpty()
                        && Character.isWhitespace(literal.charAt(literal.length() - 1))) {
                    node.insertAfter(new Escaped("&#" + (int) literal.charAt(literal.length() - 1) + ";"));
                    literal = literal.substring(0, literal.length() - 1);
                }
                text.setLiteral(literal);
            }
            if (node instanceof Text text && text.getLiteral().startsWith("+")
                    && (node.getPrevious() == null ? parent instanceof Paragraph || parent instanceof Heading
                    : node.getPrevious() instanceof SoftLineBreak || node.getPrevious() instanceof HardLineBreak)) {
                node.insertBefore(new Escaped("\\+"));
                text.setLiteral(text.getLiteral().substring(1));
                continue;
            }
            if (node instanceof IndentedCodeBlock indented) {
                FencedCodeBlock fenced = new FencedCodeBlock();
                fenced.setLiteral(indented.getLiteral());
                node.insertAfter(fenced);
                node.unlink();
                node = fenced;
                continue;
            }
            if (node instanceof ListItem item) {
                item.setMarkerIndent(0);
                item.setContentIndent(null);
            } else if (node instanceof BulletList list && node.getPrevious() instanceof BulletList before
                    && Objects.equals(before.getMarker(), list.getMarker())) {
                list.setMarker("-".equals(list.getMarker()) ? "*" : "-");
            } else if (node instanceof OrderedList list && node.getPrevious() instanceof OrderedList before
                    && Objects.equals(before.getMarkerDelimiter(), list.getMarkerDelimiter())) {
                list.setMarkerDelimiter(".".equals(list.getMarkerDelimiter()) ? ")" : ".");
            }
            forMarkdown(node);
        }
        return parent;
    }

    /** How deep block quotes and list items go in {@code node}: each level puts a mark before a line. */
    private static int containerDepth(Node node) {
        int deepest = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Block) {
                deepest = Math.max(deepest, containerDepth(child));
            }
        }
        return deepest + (node instanceof org.commonmark.node.BlockQuote || node instanceof ListItem ? 1 : 0);
    }

    private static boolean isEmphasis(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis;
    }

    /** Markdown to write as it is. */
    private static final class Escaped extends CustomNode {
        final String markdown;

        Escaped(String markdown) {
            this.markdown = markdown;
        }
    }

    /** Whether a table has a cell: a table of no columns shows nothing, and as Markdown is text. */
    private static boolean hasCells(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCell || hasCells(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One code span for two side by side: written one after the other, their backticks would run
     * together into one fence.
     */
    private static void joinToPrevious(Code code) {
        if (code.getPrevious() instanceof Code previous) {
            previous.setLiteral(previous.getLiteral() + code.getLiteral());
            code.unlink();
        }
    }

    /**
     * Writes what commonmark-java's Markdown renderer writes in a form that reads back otherwise:
     * <ul>
     *   <li>a fenced code block, so that every CommonMark reader closes it where it ends and reads
     *       its info string as it was: a fence longer than any run of its character in the code,
     *       of tildes when the info string holds a backtick, a space before the info string
     *       (commonmark-java reads {@code ```~} as text, not as a fence), and every punctuation
     *       mark in the info string escaped;</li>
     *   <li>a hard line break as a backslash, which keeps the spaces before it (two spaces at the
     *       end of a line would take them away);</li>
     *   <li>emphasis with {@code *}, which works inside a word, where {@code _} does not (a link
     *       that became its text can put a word right before it), and {@code _} for emphasis
     *       that starts other emphasis (but strong that starts emphasis: {@code ***});</li>
     *   <li>a thematic break as {@code ___}, which no list item's mark can join into another
     *       thematic break ({@code - ---} is one, not an item holding one);</li>
     *   <li>an escaped mark as it is ({@link #forMarkdown}).</li>
     * </ul>
     */
    private static final class AsParsed implements NodeRenderer {
        private final MarkdownNodeRendererContext context;
        private final MarkdownWriter writer;

        AsParsed(MarkdownNodeRendererContext context) {
            this.context = context;
            this.writer = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class, HardLineBreak.class, Emphasis.class, StrongEmphasis.class,
                    ThematicBreak.class, Escaped.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof ThematicBreak) {
                writer.raw("___");
                writer.block();
                return;
            }
            if (node instanceof Escaped escaped) {
                writer.raw(escaped.markdown);
                return;
            }
            if (node instanceof HardLineBreak) {
                writer.raw('\\');
                writer.line();
                return;
            }
            if (node instanceof Emphasis || node instanceof StrongEmphasis) {
                // *, which works inside a word; _ for emphasis that starts other emphasis, where the
                // two runs of * would read as one (** is strong, *** emphasis around strong), but
                // for strong that starts emphasis, which *** is.
                boolean startsOther = node.getPrevious() == null && isEmphasis(node.getParent())
                        && !(node instanceof StrongEmphasis && node.getParent() instanceof Emphasis);
                String delimiter = (startsOther ? "_" : "*").repeat(node instanceof Emphasis ? 1 : 2);
                writer.raw(delimiter);
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
                writer.raw(delimiter);
                return;
            }
            FencedCodeBlock block = (FencedCodeBlock) node;
            String info = block.getInfo() == null ? "" : block.getInfo();
            String literal = block.getLiteral() == null ? "" : block.getLiteral();
            char mark = info.indexOf('`') >= 0 ? '~' : '`';
            String fence = String.valueOf(mark).repeat(Math.max(3, longestRun(literal, mark) + 1));
            writer.raw(fence);
            if (!info.isEmpty()) {
                writer.raw(' ');
                writer.raw(escapePunctuation(info));
            }
            writer.line();
            // Each line ends with a line break, the last one too; blank lines at the end are code.
            String[] lines = literal.split("\n", -1);
            for (int i = 0; i < lines.length - (lines[lines.length - 1].isEmpty() ? 1 : 0); i++) {
                writer.raw(lines[i]);
                writer.line();
            }
            writer.raw(fence);
            writer.block();
        }

        private static int longestRun(String text, char c) {
            int longest = 0;
            int run = 0;
            for (int i = 0; i < text.length(); i++) {
                run = text.charAt(i) == c ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            return longest;
        }

        private static String escapePunctuation(String text) {
            StringBuilder escaped = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ') {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
            return escaped.toString();
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

    /**
     * How many times as long as the notes their Markdown may be before it is a code block of
     * them instead: enough for marks and escapes, not for a thousand levels of nesting a line.
     */
    static final int MAX_GROWTH = 4;

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

    /**
     * Safe Markdown for {@code markdown}: blocks that end where the notes end, which a CommonMark
     * reader renders as {@link #toHtml} does. Notes too long or too deeply nested to render are a
     * code block of their text, as {@link #toHtml} shows them.
     */
    public String toMarkdown(String markdown) {
        if (markdown.length() > MAX_MARKDOWN_CHARS) {
            return asCode(markdown);
        }
        try {
            Node notes = parser.parse(markdown);
            // Deep block quotes or lists repeat their marks on every line: 1,000 levels of quote
            // before 7,000 lines make megabytes of one note. Such notes are shown as written,
            // told before they are written where the depth says so, else after.
            long lines = markdown.chars().filter(c -> c == '\n').count() + 1;
            long limit = MAX_GROWTH * (long) markdown.length() + 1024;
            if (2 * lines * containerDepth(notes) > limit) {
                return asCode(markdown);
            }
            String written = markdownRenderer.render(forMarkdown(notes));
            return written.length() <= limit ? written : asCode(markdown);
        } catch (StackOverflowError deeplyNested) {
            return asCode(markdown);
        }
    }

    private static String asText(String markdown) {
        return "<pre class=\"notes-text\">" + HtmlOutputFormat.escape(markdown) + "</pre>";
    }

    /** A fenced code block of {@code text}: the renderer picks a fence the text does not hold. */
    private String asCode(String text) {
        FencedCodeBlock code = new FencedCodeBlock();
        code.setLiteral(text.endsWith("\n") ? text : text + "\n");
        Document document = new Document();
        document.appendChild(code);
        return markdownRenderer.render(document);
    }
}
