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
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_33));
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
        cfg.setTemplateLoader(userTemplates.isPresent()
                ? new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userTemplates.get().toFile()), builtIn})
                : builtIn);
        this.configuration = cfg;
    }

    /** Renders template {@code name} with {@code model}. */
    String render(String name, Map<String, Object> model) throws RenderException {
        try {
            Template template = configuration.getTemplate(name);
            TextWriter out = new TextWriter();
            template.process(model, out);
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
        final StringBuilder text = new StringBuilder(32 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
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
