package org.valueexchange.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StakeholderMapTests {

    private static Stakeholder person(String name, String reportsTo) {
        return new Stakeholder(name, "", Side.CUSTOMER, Influence.MEDIUM, Stance.NEUTRAL, Optional.empty(),
                Optional.empty(), Optional.ofNullable(reportsTo));
    }

    @Test
    void rootsAreThoseWithoutAManagerAndReportsKeepThePlansOrder() {
        StakeholderMap map = new StakeholderMap(List.of(person("Sam", null), person("Dana", "Sam"),
                person("Lee", "Sam"), person("Ann", null)));
        assertThat(map.roots()).extracting(Stakeholder::name).containsExactly("Sam", "Ann");
        assertThat(map.reportsOf("Sam")).extracting(Stakeholder::name).containsExactly("Dana", "Lee");
        assertThat(map.reportsOf("Ann")).isEmpty();
    }

    @Test
    void namesAreUnique() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StakeholderMap(List.of(person("Sam", null),
                person("Sam", null)))).withMessage("stakeholder 'Sam' is listed twice");
    }

    @Test
    void aManagerMustBeAStakeholder() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StakeholderMap(List.of(person("Dana", "Sam"))))
                .withMessage("Dana reports to 'Sam', who is not a stakeholder");
    }

    @Test
    void reportsToMayNotGoRoundInACircle() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StakeholderMap(List.of(person("A", "C"),
                person("B", "A"), person("C", "B")))).withMessage("reports_to goes round in a circle: A -> C -> B -> A");
        assertThatIllegalArgumentException().isThrownBy(() -> person("A", "A"))
                .withMessage("A cannot report to themselves");
    }

    @Test
    void theTargetIsNotBelowTheCurrentRung() {
        assertThat(new Relationship(RelationshipLevel.VENDOR, RelationshipLevel.TRUSTED_ADVISOR).gap()).isEqualTo(3);
        assertThat(new Relationship(RelationshipLevel.PROBLEM_SOLVER, RelationshipLevel.PROBLEM_SOLVER).gap()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> new Relationship(RelationshipLevel.TRUSTED_ADVISOR,
                RelationshipLevel.CREDIBLE_SOURCE)).withMessageContaining("below the current level trusted-advisor");
        assertThat(RelationshipLevel.CREDIBLE_SOURCE.id()).isEqualTo("credible-source");
    }
}
