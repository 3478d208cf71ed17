package org.valueexchange.reports.plan;

import java.util.Locale;

/**
 * Text from a plan or a library as one line that nothing obeys: line breaks, tabs, control
 * and invisible formatting characters (bidirectional overrides among them) escaped as
 * {@code \n}, {@code \t}, {@code \}{@code u202E}, so that it cannot pass for another line of a
 * report, or for a command to a terminal or a CI runner.
 */
public final class OneLine {

    private OneLine() {
    }

    /** {@code text} on one line, whole. */
    public static String of(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    /** {@code text} on one line, cut to {@code max} characters with "..." when longer. */
    static String of(String text, int max) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (shown == max - 3 && text.codePointCount(i, text.length()) > 3) {
                b.append("...");
                break;
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                            || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
            shown++;
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
