package org.valueexchange.reports.plan;

import java.io.IOException;
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
 * own is loaded with no account. Account files are taken in the order given. A folder or a file
 * named twice, under any spelling or link, is read once, and a plan that a folder named too
 * reads is not read again on its own.
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
        // What is read already, as the file system resolves it: a folder or a file named twice
        // (base and ./base, or through a link) is read once, and a plan its folder reads is not
        // read again on its own.
        List<Path> folders = paths.stream().filter(Files::isDirectory).map(PlanPaths::real).distinct().toList();
        Set<Path> loaded = new java.util.HashSet<>();
        Set<Path> files = new java.util.HashSet<>();
        for (Path path : paths) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (Files.isDirectory(path)) {
                if (loaded.add(real(path))) {
                    results.add(loader.load(path));
                }
            } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                results.add(problem(path, "no such file or directory"));
            } else if (name.equals(PlanLoader.SETTINGS_FILE)) {
                results.add(loader.load(path, List.of()));
            } else if (!PlanLoader.isPlanFileName(name)) {
                results.add(problem(path, "not a plan; expected a plans directory or a .yaml or .yml account plan"));
            } else {
                Path real = real(path);
                if (files.add(real) && !readByAFolder(real, folders)) {
                    filesBySettings.computeIfAbsent(PlanLoader.settingsFor(path), s -> new LinkedHashSet<>()).add(path);
                }
            }
        }
        filesBySettings.forEach((settings, group) -> results.add(loader.load(settings, List.copyOf(group))));
        return results;
    }

    /** {@code path} as the file system resolves it, links followed, or as given when it cannot. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Whether one of the {@code folders} named reads {@code file} (its real path) as one of its plans. */
    private static boolean readByAFolder(Path file, List<Path> folders) {
        for (Path folder : folders) {
            try {
                if (PlanLoader.planFile(folder, file).isPresent()) {
                    return true;
                }
            } catch (IOException e) {
                // Not readable as one of the folder's plans: read on its own, which says why.
            }
        }
        return false;
    }

    private static LoadResult problem(Path path, String message) {
        return new LoadResult(List.of(new Problem(Location.startOf(PlanLoader.display(path)), message)),
                Optional.empty());
    }
}
