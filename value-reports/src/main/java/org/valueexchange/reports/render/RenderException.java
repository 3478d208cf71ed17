package org.valueexchange.reports.render;

/** A page could not be rendered: a template is broken or missing. Says which, and where. */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
