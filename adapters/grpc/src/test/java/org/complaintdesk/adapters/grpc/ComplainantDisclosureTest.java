package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.ContactPreference;
import org.complaintdesk.domain.organisation.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComplainantDisclosureTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AGENT", "HANDLER", "SUPERVISOR", "DIRECTOR", "SYSTEM"})
    void roles_that_work_with_the_complainant_see_the_complainant_in_full(Role role) {
        assertThat(ComplainantDisclosure.forRole(Optional.of(role))).isEqualTo(ComplainantDisclosure.FULL);
    }

    @Test
    void an_auditor_sees_the_complainant_masked() {
        assertThat(ComplainantDisclosure.forRole(Optional.of(Role.AUDITOR))).isEqualTo(ComplainantDisclosure.MASKED);
    }

    @Test
    void a_caller_that_does_not_say_its_role_sees_the_complainant_masked() {
        assertThat(ComplainantDisclosure.forRole(Optional.empty())).isEqualTo(ComplainantDisclosure.MASKED);
    }

    @Test
    void the_masked_complainant_keeps_only_what_tells_complainants_apart() {
        Complainant masked = ComplainantDisclosure.MASKED.toMessage(Complaints.complainant());

        assertThat(masked).isEqualTo(Complainant.newBuilder()
                .setDisplayName("张**")
                .setPhoneNumber("***5678")
                .setAccountNumber("***456")
                .setAddress("***")
                .setContactPreference(ContactPreference.CONTACT_PREFERENCE_WECHAT)
                .build());
    }

    @Test
    void the_full_complainant_carries_the_stored_values() {
        Complainant full = ComplainantDisclosure.FULL.toMessage(Complaints.complainant());

        assertThat(full.getDisplayName()).isEqualTo("张伟");
        assertThat(full.getPhoneNumber()).isEqualTo("13812345678");
        assertThat(full.getAccountNumber()).isEqualTo("HT-0042-7456");
        assertThat(full.getAddress()).isEqualTo("北京市朝阳区幸福路 8 号");
    }
}
