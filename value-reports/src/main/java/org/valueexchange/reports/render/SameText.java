package org.valueexchange.reports.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directive {@code <@cache key=...>...</@cache>} of the index pages: its body is rendered
 * the first time a key is seen at a place in a template, and its text repeated for that key
 * and place after, on any of the pages built from one portfolio overview. The seven index
 * pages show each account's row in their own order: rendered once, not seven times. The body
 * must depend only on the account the key names (its row), and the next overview's cache may
 * start with the texts of the accounts whose rows did not change (see Views.rowsOf). A place is a call in one loaded template: another template, or
 * the same one loaded again after an edit, renders afresh. Thread-safe: the pages are rendered
 * at once; two that render the same key first both write the same text.
 */
final class SameText implements TemplateDirectiveModel {

    /** Where the directive is called (the template by identity) and with which key. */
    private record Place(Template template, int line, int column, String key) {
    }

    private final Map<Place, String> texts = new ConcurrentHashMap<>();

    SameText() {
    }

    /**
     * A cache for the pages of another overview that starts with {@code earlier}'s texts for
     * the keys in {@code kept}: those whose bodies would render the same text again.
     */
    SameText(SameText earlier, java.util.Set<String> kept) {
        earlier.texts.forEach((place, text) -> {
            if (kept.contains(place.key())) {
                texts.put(place, text);
            }
        });
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        Object key = params.get("key");
        if (params.size() != 1 || !(key instanceof TemplateScalarModel scalar) || body == null) {
            throw new TemplateModelException("cache takes one parameter, key=\"...\", and a body");
        }
        DirectiveCallPlace call = env.getCurrentDirectiveCallPlace();
        Place place = new Place(call.getTemplate(), call.getBeginLine(), call.getBeginColumn(), scalar.getAsString());
        String text = texts.get(place);
        if (text == null) {
            StringWriter rendered = new StringWriter();
            body.render(rendered);
            text = rendered.toString();
            texts.put(place, text);
        }
        env.getOut().write(text);
    }
}
