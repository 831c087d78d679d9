package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.ContactPreference;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.junit.jupiter.api.Test;

class ComplainantMaskingTest {

    @Test
    void the_masked_complainant_keeps_only_what_tells_complainants_apart() {
        Complainant masked = ComplainantMasking.toMessage(Complaints.complainant(), Disclosure.MASKED);

        assertThat(masked).isEqualTo(Complainant.newBuilder()
                .setDisplayName("张*")
                .setPhoneNumber("138****5678")
                .setAccountNumber("***7456")
                .setAddress("北京市朝阳区***")
                .setContactPreference(ContactPreference.CONTACT_PREFERENCE_WECHAT)
                .build());
    }

    @Test
    void the_full_complainant_carries_the_stored_values() {
        Complainant full = ComplainantMasking.toMessage(Complaints.complainant(), Disclosure.FULL);

        assertThat(full.getDisplayName()).isEqualTo("张伟");
        assertThat(full.getPhoneNumber()).isEqualTo("13812345678");
        assertThat(full.getAccountNumber()).isEqualTo("HT-0042-7456");
        assertThat(full.getAddress()).isEqualTo("北京市朝阳区幸福路 8 号");
    }

    @Test
    void a_value_too_short_to_hide_three_characters_is_withheld_whole() {
        assertThat(ComplainantMasking.keep("1234567", 3, "****", 4)).isEqualTo("***");
        assertThat(ComplainantMasking.keep("南京市", 6, "***", 0)).isEqualTo("***");
        assertThat(ComplainantMasking.keep("0101234567", 3, "****", 4)).isEqualTo("010****4567");
    }
}
