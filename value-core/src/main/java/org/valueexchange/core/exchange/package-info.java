/**
 * Exchanges of value between vendor and customer: direction, kind, money or units priced by
 * the rate card.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.exchange;
