package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever a user writes, the Markdown review shows it as text, never as Markdown structure. */
class MarkdownEscapeProperties {

    private static Gen<String> userText() {
        Gen<String> ascii = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(1, 30);
        Gen<String> markdown = Generate.pick(List.of("# heading", "- item", "1. first", "**bold**", "_em_",
                "`code`", "[link](http://x)", "![img](x.png)", "<b>html</b>", "a | b", "> quote", "---",
                "~~strike~~", "&amp;", "\\*", "* * *", "+ plus", "=== ", "<!-- c -->", "http://example.com",
                "!!A++://!", "!!!!!!!!@00.0", "me@example.com", "www.example.com"));
        return ascii.mix(markdown, 40).assuming(s -> !s.isBlank());
    }

    @Test
    void escapedTextRendersAsTheSameTextAndNoMarkup() {
        Markdown markdown = new Markdown();
        Parser parser = Parser.builder().build();
        qt().forAll(userText()).checkAssert(text -> {
            String escaped = MarkdownOutputFormat.escape(text);
            String html = markdown.toHtml("Name: " + escaped);
            assertThat(Jsoup.parse(html).select("body > *")).as(html).hasSize(1);
            // Bare URLs and e-mail addresses are autolinked, as git hosts do: the user's own text, linked;
            // the allow-list leaves only http(s) and mailto hrefs.
            assertThat(Jsoup.parse(html).select("p").first().children()).as(html)
                    .allSatisfy(e -> {
                        assertThat(e.tagName()).isEqualTo("a");
                        assertThat(text).contains(e.text());
                        assertThat(e.attr("href")).satisfiesAnyOf(h -> assertThat(h).isEmpty(),
                                h -> assertThat(h).startsWith("http"), h -> assertThat(h).startsWith("mailto:"));
                    });
            String plain = plainText(parser, "Name: " + escaped);
            assertThat(plain.strip().replaceAll("\\s+", " ")).isEqualTo(("Name: " + text).strip().replaceAll("\\s+", " "));
        });
    }

    /** The text a reader sees: the document's text and code, line breaks as spaces. */
    private static String plainText(Parser parser, String markdown) {
        StringBuilder text = new StringBuilder();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    @Test
    void escapedTextKeepsATableRowWhole() {
        Markdown markdown = new Markdown();
        qt().forAll(userText()).checkAssert(text -> {
            String table = "| A | B |\n|---|---|\n| " + MarkdownOutputFormat.escape(text) + " | x |\n";
            var cells = Jsoup.parse(markdown.toHtml(table)).select("tbody td");
            assertThat(cells).as(text).hasSize(2);
            assertThat(cells.get(1).text()).isEqualTo("x");
        });
    }
}
