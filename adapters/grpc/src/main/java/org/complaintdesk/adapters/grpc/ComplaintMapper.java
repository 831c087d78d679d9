package org.complaintdesk.adapters.grpc;

import java.util.List;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.api.v1.PersonalDataDisclosure;
import org.complaintdesk.domain.complaint.ChannelReference;
import org.complaintdesk.domain.complaint.Location;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.complaint.SeverityAssessment;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.handling.Reason;

/**
 * A complaint as the API shows it, with its handling, its clocks when they were computed, and its
 * personal data as much as the caller may see: the complainant masked and the free text withheld
 * unless the disclosure is full.
 */
final class ComplaintMapper {

    private ComplaintMapper() {
    }

    /** The complaint with the clocks computed for it (COMPLAINT_VIEW_FULL, and every method that returns one complaint). */
    static Complaint toMessage(org.complaintdesk.domain.complaint.Complaint complaint, List<ComplaintClock> clocks,
                               Disclosure disclosure) {
        var message = unmasked(complaint, disclosure);
        clocks.forEach(clock -> message.addClocks(ClockMapper.toMessage(clock)));
        return masked(message.build(), disclosure);
    }

    /** The complaint without its clocks (COMPLAINT_VIEW_BASIC). */
    static Complaint toMessage(org.complaintdesk.domain.complaint.Complaint complaint, Disclosure disclosure) {
        return masked(unmasked(complaint, disclosure).build(), disclosure);
    }

    private static Complaint masked(Complaint complaint, Disclosure disclosure) {
        return disclosure == Disclosure.FULL ? complaint : FreeTextMasking.mask(complaint);
    }

    /** Every field but the clocks, the complainant already as the disclosure shows them. */
    private static Complaint.Builder unmasked(org.complaintdesk.domain.complaint.Complaint complaint,
                                              Disclosure disclosure) {
        SeverityAssessment severity = complaint.triage().severity();
        var facts = complaint.submission().facts();
        return Complaint.newBuilder()
                .setName(ComplaintName.of(complaint.id()))
                .setTicketNumber(complaint.ticketNumber().value())
                .setComplainant(ComplainantMasking.toMessage(complaint.submission().complainant(), disclosure))
                .setChannel(ProtoEnums.CHANNEL.toProto(complaint.submission().channel()))
                .setChannelReference(complaint.submission().channelReference().map(ChannelReference::value).orElse(""))
                .setReceiveTime(ProtoTime.toTimestamp(complaint.submission().receivedAt()))
                .setCreateTime(ProtoTime.toTimestamp(complaint.registration().registeredAt()))
                .setUpdateTime(ProtoTime.toTimestamp(complaint.updatedAt()))
                .setKind(ProtoEnums.KIND.toProto(complaint.classification().kind()))
                .setUtilityDomain(ProtoEnums.UTILITY_DOMAIN.toProto(complaint.classification().utilityDomain()))
                .setNature(ProtoEnums.NATURE.toProto(complaint.classification().nature()))
                .setTopic(complaint.classification().topic().value())
                .setIntakeFacts(IntakeFacts.newBuilder()
                        .setSafetyHazard(facts.safetyHazard())
                        .setLargeAreaInterruption(facts.largeAreaInterruption())
                        .setWideAreaQualityProblem(facts.wideAreaQualityProblem()))
                .setProposedSeverity(ProtoEnums.SEVERITY.toProto(severity.proposed()))
                .setSeverity(ProtoEnums.SEVERITY.toProto(severity.applied()))
                .setSeverityOverrideReason(severity.overrideReason().map(Reason::value).orElse(""))
                .setPriority(ProtoEnums.PRIORITY.toProto(complaint.triage().priority()))
                .setDescription(complaint.submission().description().value())
                .setDemand(complaint.submission().demand().value())
                .setLocation(complaint.submission().location().map(Location::value).orElse(""))
                .setOrgUnit(complaint.registration().orgUnit().value())
                .setIntakeUnit(complaint.registration().intakeUnit().value())
                .setState(ProtoEnums.STATE.toProto(complaint.state()))
                // AIP-154: opaque to clients; the version changes with every change of the complaint.
                .setEtag(Etag.of(complaint))
                .setRegisteredBy(complaint.registration().registeredBy().value())
                .setHandling(HandlingMapper.toMessage(complaint.handling()))
                .setPersonalDataDisclosure(disclosure(disclosure));
    }

    static PersonalDataDisclosure disclosure(Disclosure disclosure) {
        return switch (disclosure) {
            case FULL -> PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_FULL;
            case MASKED -> PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_MASKED;
        };
    }
}
