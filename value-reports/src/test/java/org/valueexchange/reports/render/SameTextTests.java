package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code <@cache key=...>}: a body rendered once per key, its text repeated on every page. */
class SameTextTests {

    private final Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    private final AtomicInteger renders = new AtomicInteger();
    private final TemplateMethodModelEx count = arguments -> renders.incrementAndGet();

    private String render(String template, SameText cache, List<String> keys) throws IOException, TemplateException {
        return render(new Template("t", template, cfg), cache, keys);
    }

    private String render(Template template, SameText cache, List<String> keys) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        template.process(Map.of("cache", cache, "keys", keys, "count", count), out);
        return out.toString();
    }

    @Test
    void rendersEachKeyOnceAcrossPagesAndRepeatsItsText() throws IOException, TemplateException {
        SameText cache = new SameText();
        // One template, as the index pages share accounts.html (loaded once), rendered as two pages.
        Template row = new Template("t", "<#list keys as k><@cache key=k>[${k}:${count()}]</@cache></#list>", cfg);
        assertThat(render(row, cache, List.of("a", "b"))).isEqualTo("[a:1][b:2]");
        assertThat(render(row, cache, List.of("b", "a", "c"))).isEqualTo("[b:2][a:1][c:3]");
        assertThat(renders).hasValue(3);
        // Another overview, another cache: rendered afresh.
        assertThat(render(row, new SameText(), List.of("a"))).isEqualTo("[a:4]");
    }

    @Test
    void aCacheForAnotherOverviewKeepsOnlyTheTextsOfTheKeysItIsGiven() throws IOException, TemplateException {
        SameText first = new SameText();
        Template row = new Template("t", "<#list keys as k><@cache key=k>[${k}:${count()}]</@cache></#list>", cfg);
        assertThat(render(row, first, List.of("a", "b", "c"))).isEqualTo("[a:1][b:2][c:3]");
        SameText next = new SameText(first, java.util.Set.of("a", "c"));
        assertThat(render(row, next, List.of("a", "b", "c"))).isEqualTo("[a:1][b:4][c:3]");
        // The earlier cache is left as it was.
        assertThat(render(row, first, List.of("b"))).isEqualTo("[b:2]");
        // Texts go no further than the cache after the one that last used their place.
        SameText unused = new SameText(next, java.util.Set.of("a", "b", "c"));
        SameText after = new SameText(unused, java.util.Set.of("a", "b", "c"));
        assertThat(render(row, after, List.of("a"))).isEqualTo("[a:5]");
        assertThat(render(row, new SameText(next, java.util.Set.of("a")), List.of("a"))).isEqualTo("[a:1]");
    }

    @Test
    void eachPlaceInEachTemplateHasItsOwnTexts() throws IOException, TemplateException {
        SameText cache = new SameText();
        List<String> keys = List.of("a");
        // Two calls with the same key in one template, and the same template loaded twice.
        String twoPlaces = "<#list keys as k><@cache key=k>[${k}]</@cache><@cache key=k>(${k})</@cache></#list>";
        assertThat(render(twoPlaces, cache, keys)).isEqualTo("[a](a)");
        assertThat(render("<#list keys as k><@cache key=k>{${k}}</@cache></#list>", cache, keys)).isEqualTo("{a}");
        assertThat(render("<#list keys as k><@cache key=k>{${k}}</@cache></#list>", cache, keys)).isEqualTo("{a}");
        assertThat(render("<#list keys as k><@cache key=k><${k}></@cache></#list>", cache, keys)).isEqualTo("<a>");
    }

    private String renderRows(Template template, SameText cache, Object rows) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        template.process(Map.of("cache", cache, "rows", rows, "count", count), out);
        return out.toString();
    }

    @Test
    void theRowsFormGivesTheTextOfAListOfTheKeyFormAndRendersEachRowOnce() throws IOException, TemplateException {
        List<Map<String, String>> rows = List.of(Map.of("id", "a", "v", "1"), Map.of("id", "b", "v", "2"),
                Map.of("id", "a", "v", "1"));
        Template each = new Template("rows", "<@cache rows=rows key=\"id\"; r>[${r.id}=${r.v}:${count()}]</@cache>", cfg);
        Template list = new Template("list", "<#list rows as r><@cache key=r.id>[${r.id}=${r.v}:${count()}]</@cache></#list>", cfg);
        SameText cache = new SameText();
        assertThat(renderRows(each, cache, rows)).isEqualTo("[a=1:1][b=2:2][a=1:1]");
        assertThat(renderRows(each, cache, List.of(rows.get(1), rows.get(0)))).isEqualTo("[b=2:2][a=1:1]");
        assertThat(renderRows(list, new SameText(), rows)).isEqualTo("[a=1:3][b=2:4][a=1:3]");
        // Rows the template language made rather than Java maps.
        assertThat(renderRows(new Template("seq", "<#assign made=[{\"id\": \"x\"}, {\"id\": \"y\"}]>"
                + "<@cache rows=made key=\"id\"; r>(${r.id})</@cache>", cfg), new SameText(), List.of())).isEqualTo("(x)(y)");
    }

    @Test
    void aRowKeepsItsTextAlongItsPlacesLineageWhateverItsKey() throws IOException, TemplateException {
        SameText.Row a = new SameText.Row(new java.util.LinkedHashMap<>(Map.of("id", "a", "v", "1")));
        SameText.Row b = new SameText.Row(new java.util.LinkedHashMap<>(Map.of("id", "b", "v", "2")));
        Template each = new Template("rows", "<@cache rows=rows key=\"id\"; r>[${r.id}=${r.v}:${count()}]</@cache>", cfg);
        SameText first = new SameText();
        assertThat(renderRows(each, first, List.of(a, b))).isEqualTo("[a=1:1][b=2:2]");
        assertThat(renderRows(each, first, List.of(b, a))).isEqualTo("[b=2:2][a=1:1]");
        // The next overview's cache, given no key to keep: the same rows keep their texts all
        // the same, and another row of the same key is rendered, as a row of its own.
        SameText next = new SameText(first, java.util.Set.of());
        SameText.Row changed = new SameText.Row(new java.util.LinkedHashMap<>(Map.of("id", "a", "v", "9")));
        assertThat(renderRows(each, next, List.of(changed, b))).isEqualTo("[a=9:3][b=2:2]");
        // A new lineage renders every row again; so does another place, with texts of its own.
        assertThat(renderRows(each, new SameText(), List.of(a))).isEqualTo("[a=1:4]");
        Template other = new Template("other", "<@cache rows=rows key=\"id\"; r>(${r.v}:${count()})</@cache>", cfg);
        SameText cache = new SameText();
        assertThat(renderRows(other, cache, List.of(a))).isEqualTo("(1:5)");
        assertThat(renderRows(each, cache, List.of(a))).isEqualTo("[a=1:6]");
        assertThat(renderRows(other, cache, List.of(a))).isEqualTo("(1:7)");
        // Read as a map, unchangeable.
        assertThat(a).containsEntry("id", "a").hasSize(2).containsOnlyKeys("id", "v");
        assertThatThrownBy(() -> a.put("v", "2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theRowsFormWantsAListAFieldAndOneLoopVariable() {
        List<Map<String, String>> rows = List.of(Map.of("id", "a"));
        for (String wrong : List.of("<@cache rows=rows key=\"id\">x</@cache>",
                "<@cache rows=rows key=\"id\"; r, s>x</@cache>", "<@cache rows=\"ab\" key=\"id\"; r>x</@cache>",
                "<@cache key=\"a\"; r>x</@cache>")) {
            assertThatThrownBy(() -> renderRows(new Template("t", wrong, cfg), new SameText(), rows)).as(wrong)
                    .isInstanceOf(TemplateException.class).hasMessageContaining("cache");
        }
        assertThatThrownBy(() -> renderRows(new Template("t", "<@cache rows=rows key=\"name\"; r>x</@cache>", cfg),
                new SameText(), rows)).isInstanceOf(TemplateException.class).hasMessageContaining("no text field name");
    }

    @Test
    void wantsAKeyAndABody() {
        assertThatThrownBy(() -> render("<@cache>x</@cache>", new SameText(), List.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("key=");
        assertThatThrownBy(() -> render("<@cache key=\"a\"/>", new SameText(), List.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("a body");
        assertThatThrownBy(() -> render("<@cache key=\"a\" other=1>x</@cache>", new SameText(), List.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("one parameter");
    }
}
