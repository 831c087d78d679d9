package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.organisation.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersonalDataPolicyTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AGENT", "HANDLER", "SUPERVISOR", "DIRECTOR", "SYSTEM"})
    void roles_that_work_with_the_complainant_see_the_complainant_in_full(Role role) {
        assertThat(PersonalDataPolicy.disclosureTo(Optional.of(role))).isEqualTo(Disclosure.FULL);
    }

    @Test
    void an_auditor_sees_the_complainant_masked() {
        assertThat(PersonalDataPolicy.disclosureTo(Optional.of(Role.AUDITOR))).isEqualTo(Disclosure.MASKED);
    }

    @Test
    void a_caller_that_does_not_say_its_role_sees_the_complainant_masked() {
        assertThat(PersonalDataPolicy.disclosureTo(Optional.empty())).isEqualTo(Disclosure.MASKED);
    }
}
