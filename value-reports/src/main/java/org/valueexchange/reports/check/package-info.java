/**
 * The reports of {@code value check}, the CI gate: {@link org.valueexchange.reports.check.CheckReport}
 * places every alert of a portfolio review on the line of the plan behind it, and
 * {@link org.valueexchange.reports.check.CheckFormat} writes it as text, JSON, JUnit XML or
 * GitHub workflow commands. {@link org.valueexchange.reports.check.ProblemReport} writes the
 * problems of plans that did not load. No {@code null} crosses this package's API.
 */
package org.valueexchange.reports.check;
