/**
 * The Customer Value Orientation Matrix: intellectual and emotional scores, and the
 * quadrant they place an account in.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.core.orientation;
