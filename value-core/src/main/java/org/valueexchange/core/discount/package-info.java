/**
 * What a requested extra discount would do to the balance, and what the vendor would have
 * to stop giving to stay in the band.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.discount;
