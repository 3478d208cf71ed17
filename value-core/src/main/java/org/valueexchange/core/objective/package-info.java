/**
 * What an account plan sets out to achieve: objectives with an owner, a due date and a status,
 * and the actions towards each.
 */
package org.valueexchange.core.objective;
