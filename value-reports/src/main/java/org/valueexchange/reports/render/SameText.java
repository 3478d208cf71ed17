package org.valueexchange.reports.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directive {@code cache} of the index pages, whose body is rendered the first time a key
 * is seen at a place in a template, and its text repeated for that key and place after, on any
 * of the pages built from one portfolio overview. The seven index pages show each account's
 * row in their own order: rendered once, not seven times. Two forms:
 * <ul>
 *   <li>{@code <@cache key=K>...</@cache>}: one body, for the key {@code K};</li>
 *   <li>{@code <@cache rows=LIST key="NAME"; r>...</@cache>}: the body for each item of
 *       {@code LIST} in turn, as {@code r}, keyed by the item's {@code NAME}; the same text as
 *       a {@code <#list>} of the first form, without the template language's work per item
 *       for the rows already rendered (most of an index page's time at 10,000 accounts).
 *       A {@link Row} keeps its text itself, and is not looked up by its key.</li>
 * </ul>
 * The body must depend only on the account the key names (its row), and the next overview's
 * cache may start with the texts of the accounts whose rows did not change (see
 * Views.rowsOf). A place is a call in one loaded template: another template, or the same one
 * loaded again after an edit, renders afresh. Thread-safe: the pages are rendered at once; two
 * that render the same key first both write the same text.
 */
final class SameText implements TemplateDirectiveModel {

    /** Where the directive is called: the template, by identity, and the place in it. */
    private record Place(Template template, int line, int column) {
    }

    /**
     * The texts rendered at a place, by key, and the place's lineage: a new cache starts one
     * for each place, and a cache that starts with an earlier one's texts continues it.
     */
    private record Texts(Object lineage, Map<String, String> byKey) {
    }

    /**
     * A row of the {@code rows} form that keeps its own text, for one place's lineage:
     * its text is then found without looking its key up (at 10,000 accounts, looking up each
     * row's key on each of seven pages took more time than the rest of the rows' work). Its
     * fields are read as a map's. The row must stay the same object only while its text would
     * render the same: a row with other fields is another row.
     */
    static final class Row extends AbstractMap<String, Object> {

        private final Map<String, Object> fields;
        /** The text rendered for this row, and where: one place's lineage. */
        private volatile Kept kept;

        private record Kept(Object lineage, String text) {
        }

        /** A row of {@code fields}, which it takes over: no one else may change them. */
        Row(Map<String, Object> fields) {
            this.fields = Collections.unmodifiableMap(fields);
        }

        @Override
        public Object get(Object key) {
            return fields.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return fields.containsKey(key);
        }

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return fields.entrySet();
        }

        /** The text kept for {@code lineage}, or null. */
        String text(Object lineage) {
            Kept k = kept;
            return k != null && k.lineage() == lineage ? k.text() : null;
        }

        void keep(Object lineage, String text) {
            kept = new Kept(lineage, text);
        }
    }

    /** The texts rendered at each place used with this cache. */
    private final Map<Place, Texts> texts = new ConcurrentHashMap<>();
    /**
     * The texts taken over from the last overview's cache, by place, until the place is used:
     * the places of a template no longer used (one edited and loaded again) go no further.
     */
    private final Map<Place, Texts> carried = new ConcurrentHashMap<>();

    SameText() {
    }

    /**
     * A cache for the pages of another overview that starts with {@code earlier}'s texts for
     * the keys in {@code kept}: those whose bodies would render the same text again. It
     * continues {@code earlier}'s lineage: the {@link Row rows} the pages share with
     * {@code earlier}'s keep their texts.
     */
    SameText(SameText earlier, Set<String> kept) {
        earlier.texts.forEach((place, was) -> {
            Map<String, String> byKey = new ConcurrentHashMap<>();
            was.byKey().forEach((key, text) -> {
                if (kept.contains(key)) {
                    byKey.put(key, text);
                }
            });
            carried.put(place, new Texts(was.lineage(), byKey));
        });
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        Object key = params.get("key");
        if (body == null || !(key instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException("cache takes key=\"...\" and a body (and rows=... with one loop variable)");
        }
        DirectiveCallPlace call = env.getCurrentDirectiveCallPlace();
        Place here = new Place(call.getTemplate(), call.getBeginLine(), call.getBeginColumn());
        Texts at = texts.computeIfAbsent(here, place -> {
            Texts earlier = carried.remove(place);
            return earlier != null ? earlier : new Texts(new Object(), new ConcurrentHashMap<>());
        });
        Map<String, String> byKey = at.byKey();
        Object rows = params.get("rows");
        if (rows == null) {
            if (params.size() != 1 || loopVars.length != 0) {
                throw new TemplateModelException("cache takes one parameter, key=\"...\", and a body");
            }
            env.getOut().write(text(byKey, scalar.getAsString(), body));
            return;
        }
        if (params.size() != 2 || loopVars.length != 1 || !(rows instanceof TemplateSequenceModel list)) {
            throw new TemplateModelException(
                    "cache with rows takes rows=(a list) key=\"(a field of each row)\" and one loop variable");
        }
        String field = scalar.getAsString();
        Writer out = env.getOut();
        // The model's rows are Java maps: read their keys without wrapping each for the template.
        List<?> items = rows instanceof AdapterTemplateModel adapter
                && adapter.getAdaptedObject(List.class) instanceof List<?> java ? java : null;
        int size = items != null ? items.size() : list.size();
        for (int i = 0; i < size; i++) {
            Object item = items != null ? items.get(i) : list.get(i);
            if (item instanceof Row row) {
                String text = row.text(at.lineage());
                if (text == null) {
                    loopVars[0] = env.getObjectWrapper().wrap(item);
                    text = rendered(body);
                    row.keep(at.lineage(), text);
                }
                out.write(text);
                continue;
            }
            String rowKey = keyOf(env, item, field);
            String text = byKey.get(rowKey);
            if (text == null) {
                loopVars[0] = item instanceof TemplateModel model ? model : env.getObjectWrapper().wrap(item);
                text = text(byKey, rowKey, body);
            }
            out.write(text);
        }
    }

    private static String keyOf(Environment env, Object item, String field) throws TemplateModelException {
        Object key = item instanceof Map<?, ?> map ? map.get(field) : null;
        if (key != null) {
            return key.toString();
        }
        TemplateModel model = item instanceof TemplateModel m ? m : env.getObjectWrapper().wrap(item);
        if (model instanceof TemplateHashModel hash && hash.get(field) instanceof TemplateScalarModel value) {
            return value.getAsString();
        }
        throw new TemplateModelException("cache: a row has no text field " + field + " to key it by");
    }

    /** The text of {@code key}, rendered now if it is not yet known. */
    private static String text(Map<String, String> byKey, String key, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        String text = byKey.get(key);
        if (text == null) {
            text = rendered(body);
            byKey.put(key, text);
        }
        return text;
    }

    /** The text {@code body} renders now. */
    private static String rendered(TemplateDirectiveBody body) throws TemplateException, IOException {
        StringWriter rendered = new StringWriter();
        body.render(rendered);
        return rendered.toString();
    }
}
