package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** GitHub's tables in review notes: a table needs a '|', and gets the stylesheet's class. */
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
    void notesWithoutAPipeHoldNoTable() {
        Markdown markdown = new Markdown();
        qt().withExamples(3000).forAll(notes()).checkAssert(text ->
                assertThat(markdown.toHtml(text)).as(text).doesNotContain("<table"));
    }

    @Test
    void aPipeKeepsTablesOn() {
        Markdown markdown = new Markdown();
        String table = "| A | B |\n|---|---|\n| 1 | 2 |\n";
        assertThat(markdown.toHtml(table)).isEqualTo("<table class=\"notes-table\">\n<thead>\n<tr>\n<th>A</th>\n"
                + "<th>B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n");
        assertThat(markdown.toHtml("no table here\n")).isEqualTo("<p>no table here</p>\n");
    }

    @Test
    void tablesWithoutPipesAreNotTables() {
        Markdown markdown = new Markdown();
        qt().forAll(Generate.pick(List.of("A\n---\nb", "A B\n--- ---\n1 2", ":--\n--:", "a\n:-:\nb"))).checkAssert(text ->
                assertThat(markdown.toHtml(text)).doesNotContain("<table"));
    }
}
