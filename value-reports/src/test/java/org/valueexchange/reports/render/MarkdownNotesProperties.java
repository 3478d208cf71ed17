package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Review notes in the Markdown review ({@code review -f md}) say what the site shows, and stay
 * inside their place in the review, whatever they say: an open code fence, raw HTML, a
 * {@code javascript:} link.
 */
class MarkdownNotesProperties {

    private static final Markdown MARKDOWN = new Markdown();
    /** A CommonMark reader with no extensions and no rules of ours: what a git host starts from. */
    private static final Parser PLAIN = Parser.builder().build();

    private static final List<String> PIECES = List.of("```", "~~~", "````js", "    indented", "> quote", "- item",
            "* star", "1. one", "2) two", "# heading", "Setext", "===", "---", "***", "*em*", "**strong**", "_u_",
            "`code`", "``", "<div>", "</div>", "<b>bold</b>", "<!-- c", "-->", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "[link](https://example.com/a_b)", "[js](javascript:alert(1))",
            "[enc](&#106;avascript:alert(1))", "![img](https://attacker.example/p.png)", "[ref]", "[ref]: javascript:x",
            "[ok]", "[ok]: https://example.org/ok \"title\"", "| a | b |", "|---|---|", "| 1 | 2 |", "~~gone~~",
            "\\", "&amp;", "&lt;", "&#60;", "https://example.com/x_y", "www.example.com", "me@example.com", "  ",
            "\t", "text", "Volumes", "1.", "+", "<", ">", "[", "](", ")", "|", "!", "*", "_", "#");

    private static Gen<String> notes() {
        Gen<String> piece = Generate.pick(PIECES).mix(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(1, 8), 25);
        Gen<String> separator = Generate.pick(List.of(" ", "", "\n", "\n", "\n\n", "\n  ", "\n    "));
        return lists().of(piece).ofSizeBetween(1, 24).zip(lists().of(separator).ofSize(24), (pieces, separators) -> {
            StringBuilder notes = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                notes.append(pieces.get(i)).append(separators.get(i));
            }
            return notes.toString();
        });
    }

    /**
     * Notes as people write them: blocks of any kind, each on lines of its own, with words,
     * emphasis, code, links (some to {@code javascript:}), images and HTML in their text.
     */
    private static Gen<String> writtenNotes() {
        Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8)
                .mix(Generate.pick(List.of("Q4", "GBP 1,000", "50%", "it's", "a+b", "(see)", "x_y", "1.", "#2")), 20);
        Gen<String> inline = Generate.pick(List.of("%s", "%s", "%s", "*%s*", "**%s**", "_%s_", "`%s`", "~~%s~~",
                "[%s](https://example.com/%s)", "[%s](javascript:alert(%s))", "![%s](https://attacker.example/%s.png)",
                "<b>%s</b>", "<span title=\"%s\">", "https://example.com/%s", "&amp; %s")).zip(word, word,
                (form, a, b) -> form.contains("%s") ? String.format(form, a, b) : form);
        Gen<String> line = lists().of(inline).ofSizeBetween(1, 6).map(parts -> String.join(" ", parts));
        Gen<String> block = Generate.pick(List.of("%s", "%s", "# %s", "### %s", "- %s\n- %s", "* %s\n\n* %s",
                "1. %s\n2. %s", "3) %s", "> %s\n> %s", "```\n%s\n```", "~~~ js\n%s\n~~~", "    %s",
                "| A | B |\n|---|---:|\n| %s | %s |", "<div>\n%s\n</div>", "<!-- %s -->", "---", "%s\\\n%s",
                "%s  \n%s", "- %s\n  - %s\n    1. %s")).zip(line, line, (form, a, b) -> String.format(form, a, b, a));
        return lists().of(block).ofSizeBetween(1, 6).map(blocks -> String.join("\n\n", blocks));
    }

    @Test
    void writtenNotesAsMarkdownReadAsTheSiteShowsThem() {
        qt().withExamples(3000).forAll(writtenNotes()).checkAssert(notes -> {
            String markdown = MARKDOWN.toMarkdown(notes);
            assertThat(MARKDOWN.toHtml(markdown)).as("notes %s%nas Markdown %s", notes, markdown)
                    .isEqualTo(MARKDOWN.toHtml(notes));
        });
    }

    @Test
    void theMarkdownHasNoRawHtmlNoImageAndNoLinkButToSafeAddresses() {
        qt().withExamples(3000).forAll(notes()).checkAssert(notes -> {
            String markdown = MARKDOWN.toMarkdown(notes);
            List<String> found = new ArrayList<>();
            PLAIN.parse(markdown).accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlBlock node) {
                    found.add("HTML block " + node.getLiteral());
                }

                @Override
                public void visit(HtmlInline node) {
                    found.add("HTML " + node.getLiteral());
                }

                @Override
                public void visit(Image node) {
                    found.add("image " + node.getDestination());
                }

                @Override
                public void visit(Link node) {
                    if (!Markdown.isSafeUrl(node.getDestination())) {
                        found.add("link to " + node.getDestination());
                    }
                    visitChildren(node);
                }
            });
            assertThat(found).as("notes %s%nas Markdown %s", notes, markdown).isEmpty();
        });
    }

    /** What the review's template puts after a note: a blank line and the next note's heading. */
    @Test
    void whatFollowsTheNotesInTheReviewIsStillItself() {
        qt().withExamples(3000).forAll(notes(), integers().between(1, 6)).checkAssert((notes, level) -> {
            String review = MARKDOWN.toMarkdown(notes) + "\n" + "#".repeat(level) + " Next review\n\nAfter the notes.\n";
            Node document = PLAIN.parse(review);
            Node last = document.getLastChild();
            Node heading = last.getPrevious();
            assertThat(last).as(review).isInstanceOf(Paragraph.class);
            assertThat(((Text) last.getFirstChild()).getLiteral()).as(review).isEqualTo("After the notes.");
            assertThat(heading).as(review).isInstanceOf(Heading.class);
            assertThat(((Heading) heading).getLevel()).isEqualTo(level);
            assertThat(heading.getParent()).isSameAs(document);
        });
    }

    /** Notes a review found reading back otherwise; each reads back as the site shows it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"The renewal terms are ***un***acceptable.",
            "**x***y*z", "*[ x](javascript:y)*", "a *![ chart](https://attacker.example/c.png)* b",
            "a\n1[](javascript:x). b", "a\n1![](https://i.example/i). b", "a\n1[](javascript:x)) b",
            "*_nested_*", "__*nested*__", "+[](javascript:x) b"})
    void notesThatOnceReadBackOtherwise(String notes) {
        String markdown = MARKDOWN.toMarkdown(notes);
        assertThat(MARKDOWN.toHtml(markdown)).as("notes %s%nas Markdown %s", notes, markdown)
                .isEqualTo(MARKDOWN.toHtml(notes));
    }

    /** A thousand levels of quote over 7,150 lines: 16 KB of notes, megabytes with every line's marks. */
    @Test
    void notesWhoseMarksWouldRepeatOnEveryLineAreACodeBlock() {
        String notes = "> ".repeat(1000) + "x\n" + "y\n".repeat(7150);
        assertThat(notes.length()).isLessThan(Markdown.MAX_MARKDOWN_CHARS);
        String markdown = MARKDOWN.toMarkdown(notes);
        assertThat(markdown.length()).isLessThanOrEqualTo(Markdown.MAX_GROWTH * notes.length() + 1024);
        Node block = PLAIN.parse(markdown).getFirstChild();
        assertThat(block).isInstanceOf(FencedCodeBlock.class);
        assertThat(((FencedCodeBlock) block).getLiteral()).isEqualTo(notes);
    }

    @Test
    void anOpenFenceIsClosedWhereTheNotesEnd() {
        String markdown = MARKDOWN.toMarkdown("Before\n\n```\ncode that runs on\n# not a heading");
        assertThat(markdown).isEqualTo("Before\n\n```\ncode that runs on\n# not a heading\n```\n");
    }

    @Test
    void rawHtmlIsCodeAndUnsafeLinksAndImagesAreTheirText() {
        assertThat(MARKDOWN.toMarkdown("<script>alert(1)</script>\n\nA <b>bold</b> [js](javascript:alert(1)) and"
                + " ![pixel](https://attacker.example/p.png)"))
                .isEqualTo("```\n<script>alert(1)</script>\n```\n\nA `<b>`bold`</b>` js and pixel\n");
        assertThat(MARKDOWN.toMarkdown("[the plan](https://example.com/plan)"))
                .isEqualTo("[the plan](https://example.com/plan)\n");
    }

    @Test
    void notesTooLongToRenderAreACodeBlockOfTheirText() {
        String tooLong = "```\n" + "x".repeat(Markdown.MAX_MARKDOWN_CHARS) + "\n";
        Node block = PLAIN.parse(MARKDOWN.toMarkdown(tooLong)).getFirstChild();
        assertThat(block).isInstanceOf(FencedCodeBlock.class);
        assertThat(((FencedCodeBlock) block).getLiteral()).isEqualTo(tooLong);
        assertThat(block.getNext()).isNull();
    }
}
