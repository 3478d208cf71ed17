package org.valueexchange.reports.check;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.PlanPaths;
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
        Set<Problem> problems = new LinkedHashSet<>();
        int accounts = 0;
        for (LoadResult result : PlanPaths.load(paths)) {
            accounts += add(result, problems);
        }
        return new Validation(List.copyOf(problems), problems.isEmpty() ? accounts : 0);
    }

    private static int add(LoadResult result, Set<Problem> problems) {
        problems.addAll(result.problems());
        return result.loaded().map(l -> l.portfolio().accounts().size()).orElse(0);
    }

}
