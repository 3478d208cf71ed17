/**
 * The people who matter to an account: their side, influence and stance, where the
 * relationship with each stands on the ladder from vendor to trusted advisor, when they were
 * last contacted, and who reports to whom.
 */
package org.valueexchange.core.stakeholder;
