/**
 * Findings: an {@link org.valueexchange.core.alert.Alert} has a {@link
 * org.valueexchange.core.alert.Code}, a {@link org.valueexchange.core.alert.Severity}, what
 * to do about it, and the JSON pointer of the plan value that raised it.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.alert;
