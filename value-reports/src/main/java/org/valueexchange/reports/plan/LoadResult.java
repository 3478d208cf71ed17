package org.valueexchange.reports.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading plans: all or nothing. With any problem there is no portfolio.
 *
 * @param problems every problem found, by file, line and column
 * @param loaded   the portfolio, when there is no problem
 */
public record LoadResult(List<Problem> problems, Optional<LoadedPortfolio> loaded) {

    public LoadResult {
        problems = List.copyOf(problems);
        Objects.requireNonNull(loaded, "loaded");
        if (problems.isEmpty() == loaded.isEmpty()) {
            throw new IllegalArgumentException("a load result has either problems or a portfolio");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
