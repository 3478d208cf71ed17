package org.valueexchange.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanSource;

/**
 * The file of a command's {@code -o FILE}: never one of the plans the command read, and
 * written whole or not at all.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * Why {@code file} may not take a command's output, if it may not: it is one of the files
     * {@code read} (plans and settings), under any name or link.
     */
    static Optional<String> refusal(Path file, Collection<LoadedPortfolio> read) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        for (LoadedPortfolio portfolio : read) {
            for (PlanSource source : inputs(portfolio)) {
                try {
                    if (Files.isSameFile(file, Path.of(source.path()))) {
                        return Optional.of("refusing to write to " + file + ": it is " + source.path()
                                + ", which this command reads; name another file");
                    }
                } catch (IOException gone) {
                    // A plan that went away since it was read is not the output.
                }
            }
        }
        return Optional.empty();
    }

    private static List<PlanSource> inputs(LoadedPortfolio portfolio) {
        List<PlanSource> all = new ArrayList<>(portfolio.sources().values());
        portfolio.settings().ifPresent(all::add);
        return all;
    }

    /**
     * Writes {@code text} to {@code file} (through a link, to where it points) by way of a
     * temporary file beside it and a rename, so that a reader never sees half of it and a
     * failure leaves the previous file as it was. The new file keeps the old one's permissions,
     * or gets rw-r--r--; missing folders are created.
     *
     * @param what the output in words, for the message of a failure ("the report")
     */
    static void write(Path file, String text, String what) throws IOException {
        Path target = Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
        // The folder as given, so that a message names it as the user did.
        Path parent = target.getParent() != null ? target.getParent() : Path.of("");
        Path temp = null;
        try {
            if (!parent.toString().isEmpty()) {
                Folders.create(parent);
            }
            temp = Files.createTempFile(parent, ".value-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new IOException("cannot write " + what + " to " + file + ": " + Failures.describe(e), e);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
