package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;
import org.junit.jupiter.api.Test;

/** A profile per organisation unit, inherited by the units below it. */
class DeadlinePoliciesTest {
    private final DeadlinePolicies policies = DeadlinePolicies.of(DeadlinePolicy.seedDefaults(), Map.of(
            new OrgUnitId("gridco"), DeadlinePolicy.stateGridCommitment(),
            new OrgUnitId("gridco/city-12345"), DeadlinePolicy.hotline12345()));

    @Test
    void a_unit_that_chose_no_profile_gets_the_seed_defaults() {
        assertThat(policies.forUnit(new OrgUnitId("heatco/north"))).isSameAs(DeadlinePolicy.seedDefaults());
        assertThat(DeadlinePolicies.seedForAll().forUnit(new OrgUnitId("gridco"))).isSameAs(DeadlinePolicy.seedDefaults());
    }

    @Test
    void a_unit_follows_the_choice_of_its_nearest_parent() {
        assertThat(policies.forUnit(new OrgUnitId("gridco")).name()).isEqualTo(DeadlinePolicy.STATE_GRID_COMMITMENT);
        assertThat(policies.forUnit(new OrgUnitId("gridco/east")).name()).isEqualTo(DeadlinePolicy.STATE_GRID_COMMITMENT);
        assertThat(policies.forUnit(new OrgUnitId("gridco/city-12345/desk-1")).name()).isEqualTo(DeadlinePolicy.HOTLINE_12345);
    }

    @Test
    void a_code_that_only_begins_like_the_unit_is_not_below_it() {
        assertThat(policies.forUnit(new OrgUnitId("gridcorp/east")).name()).isEqualTo(DeadlinePolicy.SEED);
    }

    @Test
    void choices_are_read_from_configuration_text_against_the_profiles_by_name() {
        var read = DeadlinePolicies.parse("gridco=state-grid-commitment, gridco/city-12345 = hotline-12345",
                DeadlinePolicy.shipped(), DeadlinePolicy.seedDefaults());

        assertThat(read.forUnit(new OrgUnitId("gridco/city-12345/desk-1")).name()).isEqualTo(DeadlinePolicy.HOTLINE_12345);
        assertThat(read.choices()).hasSize(2);
        assertThat(DeadlinePolicies.parse("", DeadlinePolicy.shipped(), DeadlinePolicy.seedDefaults()).choices()).isEmpty();
    }

    @Test
    void bad_choices_are_refused_all_at_once_each_named_by_its_place() {
        assertThatThrownBy(() -> DeadlinePolicies.parse("gridco=fastest,heatco,=seed",
                DeadlinePolicy.shipped(), DeadlinePolicy.seedDefaults()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                tuple("profiles[0].profile", DeadlinePolicies.UNKNOWN_PROFILE),
                                tuple("profiles[1]", DeadlinePolicies.ASSIGNMENT_FORMAT),
                                tuple("profiles[2].org_unit", Text.REQUIRED)));
    }
}
