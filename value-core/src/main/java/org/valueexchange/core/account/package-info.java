/**
 * A key account's plan as data: the account, its sponsors, pricing and discount requests,
 * and its reviews.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.account;
