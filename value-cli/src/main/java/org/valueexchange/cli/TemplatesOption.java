package org.valueexchange.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.valueexchange.reports.render.RenderException;
import org.valueexchange.reports.render.Renderer;
import picocli.CommandLine.Option;

/** {@code --templates DIR}, shared by the commands that render. */
final class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates overriding the built-in ones by name (trusted code).")
    Optional<Path> templates = Optional.empty();

    /** A renderer with the user's templates, if any. */
    Renderer renderer() throws RenderException {
        return Renderer.create(templates);
    }
}
