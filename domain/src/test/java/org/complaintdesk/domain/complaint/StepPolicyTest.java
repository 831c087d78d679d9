package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.complaintdesk.domain.organisation.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StepPolicyTest {

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"APPROVE_RESOLUTION", "SEND_BACK_RESOLUTION"})
    void a_level_1_resolution_is_decided_by_the_director_only(Step step) {
        assertThat(StepPolicy.deciders(step, Severity.LEVEL_1)).containsExactly(Role.DIRECTOR);
    }

    @ParameterizedTest
    @EnumSource(value = Severity.class, names = {"LEVEL_2", "LEVEL_3"})
    void other_resolutions_are_decided_by_a_supervisor_or_the_director(Severity severity) {
        assertThat(StepPolicy.deciders(Step.APPROVE_RESOLUTION, severity))
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.DIRECTOR);
    }

    @Test
    void an_auditor_takes_no_step() {
        assertThat(Arrays.stream(Step.values()).filter(step -> StepPolicy.roles(step).contains(Role.AUDITOR)))
                .isEmpty();
    }

    @Test
    void an_administrator_keeps_the_organisation_s_settings_and_takes_no_step_on_a_complaint() {
        assertThat(Arrays.stream(Step.values()).filter(step -> StepPolicy.roles(step).contains(Role.ADMINISTRATOR)))
                .isEmpty();
    }

    @Test
    void only_the_service_itself_notes_that_the_clocks_were_retimed() {
        assertThat(StepPolicy.roles(Step.RETIME_CLOCKS)).containsExactly(Role.SYSTEM);
    }

    @Test
    void the_roles_handed_out_are_a_copy_the_caller_cannot_change_the_policy_through() {
        StepPolicy.roles(Step.ACCEPT).add(Role.AUDITOR);

        assertThat(StepPolicy.roles(Step.ACCEPT)).doesNotContain(Role.AUDITOR);
    }
}
