package org.valueexchange.reports.plan;

import java.util.Map;
import java.util.Objects;
import org.valueexchange.core.portfolio.Portfolio;

/**
 * A portfolio loaded from plan files.
 *
 * @param portfolio the accounts and settings
 * @param settings  the settings file as read, with where its values are, if there was one
 * @param sources   each account's plan file, by account id
 */
public record LoadedPortfolio(Portfolio portfolio, java.util.Optional<PlanSource> settings,
                              Map<String, PlanSource> sources) {

    public LoadedPortfolio {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(settings, "settings");
        sources = Map.copyOf(sources);
    }

    public PlanSource source(String accountId) {
        PlanSource source = sources.get(accountId);
        if (source == null) {
            throw new IllegalArgumentException("no account '" + accountId + "' in this portfolio");
        }
        return source;
    }
}
