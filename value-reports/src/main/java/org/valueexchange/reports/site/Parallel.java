package org.valueexchange.reports.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.valueexchange.reports.render.RenderException;

/** Runs a page-writing step over items on every core, rethrowing the first failure as itself. */
final class Parallel {

    interface Step<T> {
        void run(T item) throws IOException, RenderException;
    }

    private Parallel() {
    }

    static <T> void forEach(List<T> items, Step<T> step) throws IOException, RenderException {
        try {
            items.parallelStream().forEach(item -> {
                try {
                    step.run(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RenderException e) {
                    throw new RenderFailure(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RenderFailure e) {
            throw e.render;
        }
    }

    /** Carries a render failure out of a stream. */
    private static final class RenderFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient RenderException render;

        RenderFailure(RenderException render) {
            super(render.getMessage(), render, false, false);
            this.render = render;
        }
    }
}
