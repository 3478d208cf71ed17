/**
 * Account reviews and the portfolio's index pages through locked-down FreeMarker templates;
 * user Markdown through commonmark-java, with raw HTML escaped and links kept to safe addresses
 * ({@link org.valueexchange.reports.render.Markdown}); pages in ASCII
 * ({@code HtmlOutputFormat}); SVG chart geometry computed in
 * Java.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.reports.render;
