package org.valueexchange.reports.check;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.Location;
import org.valueexchange.reports.plan.PlanLoader;
import org.valueexchange.reports.plan.Problem;

/**
 * What {@code value validate} found in the paths it was given: plans directories, account plan
 * files (validated with the nearest {@code value.yaml} above them, together, so duplicate ids
 * among them are found) and {@code value.yaml} files on their own.
 *
 * @param problems every problem, path by path, without repeats
 * @param accounts how many accounts loaded, when there is no problem
 */
public record Validation(List<Problem> problems, int accounts) {

    public Validation {
        problems = List.copyOf(problems);
        if (accounts < 0) {
            throw new IllegalArgumentException("accounts must be >= 0, was " + accounts);
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Validates {@code paths}, each a plans directory, an account plan or a {@code value.yaml}. */
    public static Validation of(List<Path> paths) {
        PlanLoader loader = new PlanLoader();
        Set<Problem> problems = new LinkedHashSet<>();
        int accounts = 0;
        Map<Path, List<Path>> filesBySettings = new LinkedHashMap<>();
        for (Path path : paths) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (Files.isDirectory(path)) {
                accounts += add(loader.load(path), problems);
            } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(Location.startOf(PlanLoader.display(path)), "no such file or directory"));
            } else if (name.equals(PlanLoader.SETTINGS_FILE)) {
                add(loader.load(path, List.of()), problems);
            } else if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                problems.add(new Problem(Location.startOf(PlanLoader.display(path)),
                        "not a plan; expected a plans directory or a .yaml or .yml account plan"));
            } else {
                filesBySettings.computeIfAbsent(PlanLoader.settingsFor(path), s -> new ArrayList<>()).add(path);
            }
        }
        for (Map.Entry<Path, List<Path>> group : filesBySettings.entrySet()) {
            accounts += add(loader.load(group.getKey(), group.getValue()), problems);
        }
        return new Validation(List.copyOf(problems), problems.isEmpty() ? accounts : 0);
    }

    private static int add(LoadResult result, Set<Problem> problems) {
        problems.addAll(result.problems());
        return result.loaded().map(l -> l.portfolio().accounts().size()).orElse(0);
    }

}
