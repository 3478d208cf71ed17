package org.valueexchange.reports.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for HTML pages: escapes as FreeMarker's own HTML format does
 * ({@code < > & " '}), and writes every character beyond ASCII as a numeric character
 * reference, so that pages are plain ASCII whatever the plans hold.
 *
 * <p>Why: a page of ASCII stays one byte a character while it is built, and becomes UTF-8
 * by a copy. One "−" or "±" in a page made Java hold the whole page as UTF-16 and encode it
 * character by character, which showed in the profile of a large site build. The pages read
 * the same in a browser; the built-in templates write their own symbols as references too.
 */
final class HtmlOutputFormat extends CommonMarkupOutputFormat<HtmlOutputFormat.Markup> {

    static final HtmlOutputFormat INSTANCE = new HtmlOutputFormat();

    private HtmlOutputFormat() {
    }

    @Override
    public String getName() {
        return "HTML-ASCII";
    }

    @Override
    public String getMimeType() {
        return "text/html";
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
        return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** HTML to include as it is, with any character beyond ASCII written as a reference. */
    static Markup markup(String html) {
        return new Markup(null, nonAscii(html));
    }

    /** {@code text} as HTML text or attribute value: the five special characters and all beyond ASCII escaped. */
    static String escape(String text) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c > 0x7E) {
                break;
            }
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16).append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> i = appendChar(out, text, i);
            }
        }
        return out.toString();
    }

    /** {@code html} with every character beyond ASCII written as a numeric reference; markup otherwise unchanged. */
    static String nonAscii(String html) {
        int i = 0;
        int length = html.length();
        while (i < length && html.charAt(i) <= 0x7E) {
            i++;
        }
        if (i == length) {
            return html;
        }
        StringBuilder out = new StringBuilder(length + 16).append(html, 0, i);
        for (; i < length; i++) {
            i = appendChar(out, html, i);
        }
        return out.toString();
    }

    /** Appends the character at {@code i}, as a reference beyond ASCII; the index of its last char. */
    private static int appendChar(StringBuilder out, String text, int i) {
        char c = text.charAt(i);
        if (c <= 0x7E) {
            out.append(c);
            return i;
        }
        int codePoint = text.codePointAt(i);
        // A lone surrogate is not a character, nor is a C1 control one a page can hold: the
        // replacement character stands for either.
        if (Character.isSurrogate(c) && !Character.isSupplementaryCodePoint(codePoint)) {
            codePoint = 0xFFFD;
        } else if (c <= 0x9F) {
            // HTML reads &#128; to &#159; as windows-1252 characters, not as these controls.
            codePoint = 0xFFFD;
        }
        out.append("&#").append(codePoint).append(';');
        return i + Character.charCount(codePoint) - 1;
    }

    /** HTML markup in FreeMarker's terms. */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public HtmlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
