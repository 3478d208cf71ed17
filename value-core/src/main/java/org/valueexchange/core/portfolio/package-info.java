/**
 * Analysis: each account on its own ({@link
 * org.valueexchange.core.portfolio.AccountAnalysis}), then the portfolio-wide rules on the
 * accounts' summaries ({@link org.valueexchange.core.portfolio.PortfolioRules}), so that a
 * large portfolio can be analysed one account at a time.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.portfolio;
