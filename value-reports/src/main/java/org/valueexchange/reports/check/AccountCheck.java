package org.valueexchange.reports.check;

import java.util.List;
import java.util.Objects;
import org.valueexchange.core.portfolio.AccountReview;

/**
 * One account as {@code value check} sees it.
 *
 * @param review   the analysis of the account
 * @param file     its plan file, as the user named it
 * @param findings every alert about it, its own and the portfolio rules', in the review's order
 */
public record AccountCheck(AccountReview review, String file, List<Finding> findings) {

    public AccountCheck {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(file, "file");
        findings = List.copyOf(findings);
    }

    public String id() {
        return review.id();
    }
}
