package org.valueexchange.reports.render;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for Markdown templates: every value is escaped so that it
 * reads as the text it is, never as Markdown structure (a user's '|' cannot break a table,
 * a '#' cannot start a heading, a newline cannot start a block).
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {

    static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "GFM";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
    }

    /** Markdown to include as written. */
    static TemplateMarkdownOutputModel markup(String markdown) {
        return new TemplateMarkdownOutputModel(null, markdown);
    }

    /** Backslash-escapes GFM's inline syntax; folds line breaks into spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                // '!' needs no escape: '[' is escaped, so no image can start.
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#', '&' -> out.append('\\').append(c);
                case '-', '+', '=' -> {
                    if (out.length() == 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
