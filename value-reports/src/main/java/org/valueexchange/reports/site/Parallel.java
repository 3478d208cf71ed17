package org.valueexchange.reports.site;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.valueexchange.reports.Cores;
import org.valueexchange.reports.render.RenderException;

/**
 * Runs a page-writing step over items on every core, in their order ({@link Cores}). Every item
 * is attempted, and only when all have finished is the first failure (in the items' order,
 * unchecked ones included) rethrown as itself, so that no write is still under way when the
 * caller cleans up.
 */
final class Parallel {

    interface Step<T> {
        void run(T item) throws IOException, RenderException, SiteException;
    }

    private Parallel() {
    }

    static <T> void forEach(List<T> items, Step<T> step) throws IOException, RenderException, SiteException {
        List<Optional<Exception>> outcomes = Cores.map(items, item -> {
            try {
                step.run(item);
                return Optional.<Exception>empty();
            } catch (IOException | RenderException | SiteException | RuntimeException e) {
                // A bug's exception too waits for the other writes, then is rethrown as itself.
                return Optional.<Exception>of(e);
            }
        });
        for (Optional<Exception> outcome : outcomes) {
            if (outcome.isPresent()) {
                if (outcome.get() instanceof IOException io) {
                    throw io;
                }
                if (outcome.get() instanceof SiteException site) {
                    throw site;
                }
                if (outcome.get() instanceof RuntimeException bug) {
                    throw bug;
                }
                throw (RenderException) outcome.get();
            }
        }
    }
}
