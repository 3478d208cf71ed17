package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Notes without a '|' are read without the tables extension, which needs one: the HTML is the
 * same as with it, whatever else the notes hold.
 */
class MarkdownTablesProperties {

    private static final List<String> PIECES = List.of("# ", "## ", "- ", "* ", "1. ", "> ", "    ", "\n", "\n\n",
            "---", "===", ":--", "--:", ":-:", "**", "_", "`", "```", "~~", "[", "]", "(", ")", "!", "<b>", "&amp;",
            "\\", "http://example.org/a", "www.example.org", "me@example.org", "text", "A", " ", "\t", ":", "-",
            "+", "=", "#", "é", "<", ">", "\"", "'");

    private static Gen<String> notes() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40)
                .map(picks -> {
                    StringBuilder text = new StringBuilder();
                    picks.forEach(i -> text.append(PIECES.get(i)));
                    return text.toString();
                });
    }

    @Test
    void notesWithoutAPipeReadTheSameWithoutTables() {
        Markdown markdown = new Markdown();
        qt().withExamples(3000).forAll(notes()).checkAssert(text ->
                assertThat(markdown.toHtml(text, false)).as(text).isEqualTo(markdown.toHtml(text, true)));
    }

    @Test
    void aPipeKeepsTablesOn() {
        Markdown markdown = new Markdown();
        String table = "| A | B |\n|---|---|\n| 1 | 2 |\n";
        assertThat(markdown.toHtml(table)).contains("<table class=\"notes-table\">").isEqualTo(markdown.toHtml(table, true));
        assertThat(markdown.toHtml("no table here\n")).isEqualTo("<p>no table here</p>\n");
    }

    @Test
    void tablesWithoutPipesAreNotTables() {
        Markdown markdown = new Markdown();
        qt().forAll(Generate.pick(List.of("A\n---\nb", "A B\n--- ---\n1 2", ":--\n--:", "a\n:-:\nb"))).checkAssert(text ->
                assertThat(markdown.toHtml(text, true)).doesNotContain("<table"));
    }
}
