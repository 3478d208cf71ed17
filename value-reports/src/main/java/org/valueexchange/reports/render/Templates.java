package org.valueexchange.reports.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * The FreeMarker set-up every page is rendered with, safe by construction:
 * <ul>
 *   <li>HTML auto-escaping ({@link HtmlOutputFormat}) is the default output format whatever a
 *       template is called;
 *       only {@code *.md} templates get the Markdown format, which escapes too;</li>
 *   <li>templates see only maps, lists, strings, numbers and booleans
 *       ({@link SimpleObjectWrapper}): no Java object is reachable, and {@code ?new} and
 *       {@code ?api} are off;</li>
 *   <li>a missing value or any error fails the render; nothing is printed into a page.</li>
 * </ul>
 * Users may put templates of the same name in a folder of their own; those are trusted code.
 */
final class Templates {

    static final String BUILT_IN = "/org/valueexchange/reports/templates";

    private final Configuration configuration;
    /** The templates by name, when they are the built-in ones only. */
    private final Optional<java.util.Map<String, Template>> fixed;

    Templates(Optional<Path> userTemplates) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setOutputFormat(HtmlOutputFormat.INSTANCE);
        cfg.setRegisteredCustomOutputFormats(List.of(HtmlOutputFormat.INSTANCE, MarkdownOutputFormat.INSTANCE));
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(
                new FileExtensionMatcher("md"), markdown));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new Wrapper());
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
        cfg.setTemplateLoader(userTemplates.isPresent()
                ? new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userTemplates.get().toFile()), builtIn})
                : builtIn);
        if (userTemplates.isEmpty()) {
            // The built-in templates are in the jar: they cannot change while the process runs.
            cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
            this.fixed = Optional.of(new java.util.concurrent.ConcurrentHashMap<>());
        } else {
            // A user's templates are read again when they change (value serve picks edits up).
            this.fixed = Optional.empty();
        }
        this.configuration = cfg;
    }

    /**
     * {@link SimpleObjectWrapper} that recognises the model's own types by their class first:
     * strings (nearly all of it), the maps and lists {@link Views} builds, booleans and counts,
     * each wrapped as the plain wrapper wraps it. The plain wrapper's tests for interfaces, each a
     * slow lookup under the quick compiler, then run only for anything else.
     */
    static final class Wrapper extends SimpleObjectWrapper {
        // Set.copyOf: some of these are the same class (the empty and larger immutable ones).
        private static final Set<Class<?>> MAPS = Set.copyOf(List.of(java.util.LinkedHashMap.class, java.util.HashMap.class,
                Map.of().getClass(), Map.of(1, 1).getClass(), Map.of(1, 1, 2, 2).getClass(),
                java.util.Collections.unmodifiableMap(Map.of()).getClass(), SameText.Row.class));
        private static final Set<Class<?>> LISTS = Set.copyOf(List.of(java.util.ArrayList.class,
                List.of().getClass(), List.of(1).getClass(), List.of(1, 2, 3).getClass()));

        Wrapper() {
            super(Configuration.VERSION_2_3_33);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof String s) {
                return new SimpleScalar(s);
            }
            if (obj == null) {
                return super.wrap(null);
            }
            Class<?> type = obj.getClass();
            if (type == Boolean.class) {
                return (Boolean) obj ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            }
            if (type == Integer.class || type == Long.class) {
                return new SimpleNumber((Number) obj);
            }
            if (MAPS.contains(type)) {
                return DefaultMapAdapter.adapt((Map<?, ?>) obj, this);
            }
            if (LISTS.contains(type)) {
                return DefaultListAdapter.adapt((List<?>) obj, this);
            }
            return super.wrap(obj);
        }
    }

    private Template template(String name) throws IOException {
        if (fixed.isEmpty()) {
            return configuration.getTemplate(name);
        }
        Template template = fixed.get().get(name);
        if (template == null) {
            template = configuration.getTemplate(name);
            fixed.get().put(name, template);
        }
        return template;
    }

    /**
     * The length of each template's last page: the next page of a template starts with room for
     * as much (an index page of 10,000 accounts is 4 to 8 MB; growing to it copied it twice).
     */
    private final Map<String, Integer> lastLength = new java.util.concurrent.ConcurrentHashMap<>();

    /** Renders template {@code name} with {@code model}. */
    String render(String name, Map<String, Object> model) throws RenderException {
        try {
            Template template = template(name);
            Integer last = lastLength.get(name);
            TextWriter out = new TextWriter(last == null ? 32 * 1024 : last + last / 16);
            template.process(model, out);
            if (last == null || last != out.text.length()) {
                lastLength.put(name, out.text.length());
            }
            return out.text.toString();
        } catch (TemplateException e) {
            throw new RenderException("template " + name + " failed at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderException("cannot load template " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A writer into a StringBuilder. {@link java.io.StringWriter} appends to a synchronized
     * StringBuffer, whose locking showed in the profile of a large site build.
     */
    private static final class TextWriter extends java.io.Writer {
        /** Template texts by identity (arrays compare by identity); cleared if templates keep changing. */
        private static final Map<char[], String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();
        private static final int MAX_TEXTS = 10_000;

        final StringBuilder text;

        TextWriter(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (offset == 0 && length == chars.length && length > 16) {
                // A template's text, which FreeMarker hands over as the same array every time:
                // appending a char[] to a StringBuilder copies it char by char on Java 17.
                String string = TEXTS.get(chars);
                if (string == null) {
                    string = new String(chars);
                    if (TEXTS.size() > MAX_TEXTS) {
                        TEXTS.clear();
                    }
                    TEXTS.put(chars, string);
                }
                text.append(string);
                return;
            }
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            // StringBuilder.append(CharSequence, int, int) copies char by char on Java 17;
            // appending a whole String copies its bytes at once.
            text.append(offset == 0 && length == s.length() ? s : s.substring(offset, offset + length));
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
