/**
 * The static site: a streaming two-pass build into a staging folder renamed into place
 * ({@link org.valueexchange.reports.site.SiteBuilder}), the incremental preview ({@link
 * org.valueexchange.reports.site.LiveSite}), the loopback server and the plan watcher.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.reports.site;
