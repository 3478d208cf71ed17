/**
 * Partnership tiers: what each requires, which tier the evidence supports, and tier
 * capacities.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.tier;
