package org.valueexchange.core.portfolio;

import java.util.Objects;
import org.valueexchange.core.account.DiscountRequest;
import org.valueexchange.core.discount.DiscountScenario;

/**
 * An open discount request and what it would do.
 *
 * @param index    its position among the plan's requests, from 0
 * @param request  the request
 * @param scenario its effect over the account's whole ledger
 */
public record RequestScenario(int index, DiscountRequest request, DiscountScenario scenario) {

    public RequestScenario {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(scenario, "scenario");
    }
}
