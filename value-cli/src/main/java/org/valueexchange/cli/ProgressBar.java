package org.valueexchange.cli;

import java.io.PrintWriter;
import org.valueexchange.reports.site.SiteBuilder;

/**
 * A one-line progress bar on standard error, shown only on an interactive terminal, outside
 * CI, and for portfolios large enough to take a while.
 */
final class ProgressBar implements SiteBuilder.Progress {

    private static final int SHOW_FROM = 500;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private int lastPercent = -1;

    private ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static ProgressBar forTerminal(PrintWriter err) {
        return new ProgressBar(err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public synchronized void accountsWritten(int done, int total) {
        if (!enabled || total < SHOW_FROM) {
            return;
        }
        int percent = done * 100 / total;
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/" + total);
        err.flush();
    }

    synchronized void done() {
        if (lastPercent >= 0) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
