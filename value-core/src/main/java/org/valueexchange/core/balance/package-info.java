/**
 * The balance index B = (R - G) / (R + G), the equilibrium band, and sustained imbalance
 * over the latest periods.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.balance;
