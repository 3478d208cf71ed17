/**
 * Price parity: each segment's median discount and the accounts whose discount lies outside
 * the tolerance around it.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.parity;
