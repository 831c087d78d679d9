package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ContactPreference;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.PersonalDataDisclosure;
import org.complaintdesk.api.v1.Priority;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.junit.jupiter.api.Test;

class ComplaintMapperTest {

    @Test
    void a_registered_complaint_shows_every_field_to_a_caller_who_may_see_the_complainant() {
        Complaint message = ComplaintMapper.toMessage(Complaints.overriddenAndChangedOnce(), Disclosure.FULL);

        Complaint expected = Complaint.newBuilder()
                .setName("complaints/3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60")
                .setTicketNumber("TS20261123000123")
                .setComplainant(Complainant.newBuilder()
                        .setDisplayName("张伟")
                        .setPhoneNumber("13812345678")
                        .setAccountNumber("HT-0042-7456")
                        .setAddress("北京市朝阳区幸福路 8 号")
                        .setContactPreference(ContactPreference.CONTACT_PREFERENCE_WECHAT))
                .setChannel(Channel.CHANNEL_REGULATOR)
                .setChannelReference("NEA-2026-88")
                .setReceiveTime(Requests.timestamp(Instant.parse("2026-11-22T23:59:59.123456789Z")))
                .setCreateTime(Requests.timestamp(Instant.parse("2026-11-23T01:00:00Z")))
                .setUpdateTime(Requests.timestamp(Instant.parse("2026-11-23T05:30:00Z")))
                .setKind(ComplaintKind.COMPLAINT_KIND_SUGGESTION)
                .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_WATER)
                .setNature(Nature.NATURE_SAFETY)
                .setTopic("low water pressure")
                .setIntakeFacts(IntakeFacts.newBuilder().setWideAreaQualityProblem(true))
                .setProposedSeverity(Severity.SEVERITY_LEVEL_2)
                .setSeverity(Severity.SEVERITY_LEVEL_1)
                .setSeverityOverrideReason("school on the main")
                .setPriority(Priority.PRIORITY_URGENT)
                .setDescription("No water above the 3rd floor since noon.")
                .setDemand("Restore pressure today.")
                .setLocation("pump station 4")
                .setOrgUnit("WATER/east")
                .setIntakeUnit("WATER/hotline")
                .setState(Complaint.State.STATE_REGISTERED)
                .setEtag("2")
                .setRegisteredBy("agent-7")
                .setHandling(Handling.getDefaultInstance())
                .setPersonalDataDisclosure(PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_FULL)
                .build();
        assertThat(message).isEqualTo(expected);
    }

    @Test
    void a_masked_complaint_differs_only_in_the_complainant_and_the_free_text() {
        Complaint full = ComplaintMapper.toMessage(Complaints.overriddenAndChangedOnce(), Disclosure.FULL);
        Complaint masked = ComplaintMapper.toMessage(Complaints.overriddenAndChangedOnce(), Disclosure.MASKED);

        assertThat(masked.toBuilder().clearComplainant().clearPersonalDataDisclosure().build())
                .isEqualTo(full.toBuilder().clearComplainant().clearPersonalDataDisclosure()
                        .setDescription("***").setDemand("***").setLocation("***").build());
        assertThat(masked.getComplainant()).isNotEqualTo(full.getComplainant());
        assertThat(masked.getPersonalDataDisclosure()).isEqualTo(PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_MASKED);
    }
}
