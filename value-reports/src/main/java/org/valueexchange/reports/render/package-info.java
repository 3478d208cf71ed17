/**
 * Account reviews and the portfolio's index pages through locked-down FreeMarker templates;
 * user Markdown through flexmark and an HTML allow-list; SVG chart geometry computed in
 * Java.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.reports.render;
