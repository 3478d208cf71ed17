package org.valueexchange.reports.site;

/** The site could not be built or put in place; says why, and what was left untouched. */
public final class SiteException extends Exception {

    private static final long serialVersionUID = 1L;

    public SiteException(String message) {
        super(message);
    }

    public SiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
