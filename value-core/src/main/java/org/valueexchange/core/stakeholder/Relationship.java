package org.valueexchange.core.stakeholder;

import java.util.Objects;

/**
 * Where a relationship stands on the ladder, and where the plan means to take it.
 *
 * @param current the rung today
 * @param target  the rung aimed for, at or above {@code current}
 */
public record Relationship(RelationshipLevel current, RelationshipLevel target) {

    public Relationship {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(target, "target");
        if (target.compareTo(current) < 0) {
            throw new IllegalArgumentException("the target " + target.id() + " is below the current level "
                    + current.id());
        }
    }

    /** How many rungs there are still to climb. */
    public int gap() {
        return target.rung() - current.rung();
    }
}
