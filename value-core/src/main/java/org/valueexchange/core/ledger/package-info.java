/**
 * A ledger of exchanges, with totals per direction, per kind and per period.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.ledger;
