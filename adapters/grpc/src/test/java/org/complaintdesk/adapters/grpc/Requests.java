package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ContactPreference;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.Priority;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;

/** CreateComplaint requests as intake platforms send them. */
final class Requests {
    /** The unit that owns the requests\' complaints. */
    static final String OWNING_UNIT = "HEAT-NORTH";
    /** Before {@link #NOW}, so that registrations in the tests are not in the future. */
    static final Instant RECEIVED = Instant.parse("2026-11-23T01:15:30.250Z");
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private Requests() {
    }

    /** A heating complaint from the hotline: every required field, nothing optional. */
    static CreateComplaintRequest.Builder heatingComplaint(String requestId) {
        return CreateComplaintRequest.newBuilder()
                .setRequestId(requestId)
                .setComplaint(Complaint.newBuilder()
                        .setComplainant(Complainant.newBuilder()
                                .setDisplayName("张伟")
                                .setPhoneNumber("+86 138 1234 5678")
                                .setAddress("北京市朝阳区幸福路 8 号 3 单元 201"))
                        .setChannel(Channel.CHANNEL_HOTLINE)
                        .setReceiveTime(timestamp(RECEIVED))
                        .setKind(ComplaintKind.COMPLAINT_KIND_COMPLAINT)
                        .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_HEATING)
                        .setNature(Nature.NATURE_SERVICE_QUALITY)
                        .setTopic("heating too cold")
                        .setDescription("Radiators have been cold since Monday; indoor temperature 14 °C.")
                        .setDemand("Restore heating and refund the days without heat.")
                        .setOrgUnit(OWNING_UNIT));
    }

    /** A power complaint forwarded by 12345 that sets every optional field too. */
    static CreateComplaintRequest.Builder everyFieldSet(String requestId) {
        return CreateComplaintRequest.newBuilder()
                .setRequestId(requestId)
                .setComplaint(Complaint.newBuilder()
                        .setComplainant(Complainant.newBuilder()
                                .setDisplayName("李娜")
                                .setPhoneNumber("0755-1234567-801")
                                .setAccountNumber("ab-1234567")
                                .setAddress("深圳市南山区科技园 1 号")
                                .setContactPreference(ContactPreference.CONTACT_PREFERENCE_SMS))
                        .setChannel(Channel.CHANNEL_CITY_HOTLINE_12345)
                        .setChannelReference("12345-2026-000777")
                        .setReceiveTime(timestamp(RECEIVED))
                        .setKind(ComplaintKind.COMPLAINT_KIND_COMPLAINT)
                        .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_ELECTRICITY)
                        .setNature(Nature.NATURE_GRID)
                        .setTopic("  voltage drops every evening  ")
                        .setIntakeFacts(IntakeFacts.newBuilder().setWideAreaQualityProblem(true))
                        .setSeverity(Severity.SEVERITY_LEVEL_1)
                        .setSeverityOverrideReason("hospital on the same feeder")
                        .setPriority(Priority.PRIORITY_LOW)
                        .setDescription("Lights flicker and the fridge stops at 19:00 every day.")
                        .setDemand("Fix the supply and pay for the spoiled food.")
                        .setLocation("transformer at the north gate")
                        .setOrgUnit("grid/district-3")
                        // OUTPUT_ONLY and IDENTIFIER fields: ignored on create.
                        .setName("complaints/00000000-0000-0000-0000-000000000001")
                        .setTicketNumber("TS20200101000001")
                        .setEtag("99")
                        .setRegisteredBy("someone-else"));
    }

    static Timestamp timestamp(Instant instant) {
        return ProtoTime.toTimestamp(instant);
    }
}
