package org.valueexchange.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code value init [DIR]}: a plans directory to start from. Writes only new files; never overwrites. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Scaffolds a plans directory with samples and a CI workflow.",
        description = {
                "Scaffolds a plans directory: value.yaml with the default settings explained, two sample"
                        + " accounts in accounts/, and .github/workflows/value-site.yml, a GitHub Actions"
                        + " workflow that runs 'value check' and publishes the review site.",
                "Refuses to overwrite any file: if one exists, lists them and writes nothing."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
                ExitCodes.OK_LINE,
                ExitCodes.INIT_INVALID_INPUT_LINE,
                ExitCodes.IO_ERROR_LINE,
                ExitCodes.INTERNAL_ERROR_LINE,
        },
        footer = {"", "Example:", "  value init plans && value check plans"})
final class InitCommand implements Callable<Integer> {

    /** A file to scaffold: the template among this jar's resources, and where it goes in DIR. */
    record Template(String resource, String target) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("/init/value.yaml", "value.yaml"),
            new Template("/init/accounts/contoso-health.yaml", "accounts/contoso-health.yaml"),
            new Template("/init/accounts/northwind-retail.yaml", "accounts/northwind-retail.yaml"),
            // Kept out of a dot folder in the jar, where build tools may skip it.
            new Template("/init/github/workflows/value-site.yml", ".github/workflows/value-site.yml"));

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
            description = "Where to scaffold; created if missing. Default: the current directory.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("value init: " + dir + ": not a directory");
            return ExitCodes.INVALID_INPUT;
        }
        List<Path> existing = TEMPLATES.stream().map(t -> dir.resolve(t.target()))
                .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))
                .toList();
        if (!existing.isEmpty()) {
            err.println("value init: these files exist already; nothing was written:");
            existing.forEach(p -> err.println("  " + p.normalize()));
            return ExitCodes.INVALID_INPUT;
        }
        // All or nothing: what this run created, folders too, goes again if a later file cannot be
        // written, so that running init again once the cause is fixed does not refuse.
        List<Path> created = new ArrayList<>();
        Path target = dir;
        try {
            for (Template template : TEMPLATES) {
                target = dir.resolve(template.target());
                createFolders(target.toAbsolutePath().getParent(), created);
                byte[] content = read(template.resource());
                // CREATE_NEW: should a file appear since the check above, fail rather than overwrite
                // it. Once created, it is this run's, half written or not.
                try (OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    created.add(target.toAbsolutePath());
                    file.write(content);
                }
            }
        } catch (IOException e) {
            List<Path> left = undo(created);
            err.println("value init: error: " + Failures.describe(e) + " (writing " + target.normalize() + ")"
                    + (left.isEmpty() ? "; nothing was written" : "; could not remove what it wrote: " + left));
            return ExitCodes.IO_ERROR;
        }
        for (Template template : TEMPLATES) {
            out.println("created " + dir.resolve(template.target()).normalize());
        }
        String where = shellWord(dir.normalize().toString().isEmpty() ? "." : dir.normalize().toString());
        out.println("Next: edit the plans, then run: value validate " + where + " && value check " + where);
        return ExitCodes.OK;
    }

    /** Deletes what this run {@code created}, the last first; what could not be deleted. */
    private static List<Path> undo(List<Path> created) {
        List<Path> left = new ArrayList<>();
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                left.add(0, created.get(i));
            }
        }
        return left;
    }

    /** Creates {@code folder} and the missing folders above it, adding each one created to {@code created}. */
    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path f = folder; f != null && !Files.isDirectory(f); f = f.getParent()) {
            missing.add(0, f);
        }
        for (Path f : missing) {
            Folders.create(f);
            created.add(f);
        }
    }

    /**
     * The folder {@code word} as a POSIX shell and the command line read it back: as it is when
     * it is plain, else in single quotes; after {@code ./} when it starts with {@code -}.
     */
    static String shellWord(String word) {
        // A word that starts with '-' would be read as an option: ./-plans is the same folder.
        String path = word.startsWith("-") ? "./" + word : word;
        return path.matches("[A-Za-z0-9_./:@%+=,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
