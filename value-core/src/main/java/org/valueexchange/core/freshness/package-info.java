/**
 * How fresh a plan is kept: the review and contact windows ({@code freshness} in
 * value.yaml) and the days between two dates.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.freshness;
