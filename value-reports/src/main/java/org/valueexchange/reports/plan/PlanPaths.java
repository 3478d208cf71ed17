package org.valueexchange.reports.plan;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the paths a command line names, as {@code value validate} and {@code value check} take
 * them: a plans directory is one portfolio; account plan files are loaded with the nearest
 * {@code value.yaml} above them ({@link PlanLoader#settingsFor}), those under the same settings
 * together as one portfolio, so duplicate ids among them are found; a {@code value.yaml} on its
 * own is loaded with no account. Account files are taken in the order given; a file named twice
 * is read once.
 */
public final class PlanPaths {

    private PlanPaths() {
    }

    /**
     * One result per portfolio, or per path that cannot be loaded: directories, settings files
     * and bad paths in the order given, then the groups of account files in the order their
     * settings were first met.
     */
    public static List<LoadResult> load(List<Path> paths) {
        PlanLoader loader = new PlanLoader();
        List<LoadResult> results = new ArrayList<>();
        Map<Path, Set<Path>> filesBySettings = new LinkedHashMap<>();
        for (Path path : paths) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (Files.isDirectory(path)) {
                results.add(loader.load(path));
            } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                results.add(problem(path, "no such file or directory"));
            } else if (name.equals(PlanLoader.SETTINGS_FILE)) {
                results.add(loader.load(path, List.of()));
            } else if (!PlanLoader.isPlanFileName(name)) {
                results.add(problem(path, "not a plan; expected a plans directory or a .yaml or .yml account plan"));
            } else {
                filesBySettings.computeIfAbsent(PlanLoader.settingsFor(path), s -> new LinkedHashSet<>()).add(path);
            }
        }
        filesBySettings.forEach((settings, files) -> results.add(loader.load(settings, List.copyOf(files))));
        return results;
    }

    private static LoadResult problem(Path path, String message) {
        return new LoadResult(List.of(new Problem(Location.startOf(PlanLoader.display(path)), message)),
                Optional.empty());
    }
}
