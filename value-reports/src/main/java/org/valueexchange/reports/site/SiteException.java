package org.valueexchange.reports.site;

/** The site could not be built or put in place; says why, and what was left untouched. */
public final class SiteException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean refused;

    public SiteException(String message) {
        this(message, false);
    }

    private SiteException(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    /** The output folder may not be written: the user must name another; nothing was touched. */
    static SiteException refused(String message) {
        return new SiteException(message, true);
    }

    /** Whether the output folder was refused, as opposed to a failure while building or writing. */
    public boolean refused() {
        return refused;
    }

    public SiteException(String message, Throwable cause) {
        super(message, cause);
        this.refused = false;
    }
}
