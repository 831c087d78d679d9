package org.complaintdesk.adapters.grpc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ChannelReference;
import org.complaintdesk.domain.complaint.Classification;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintSnapshot;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.Demand;
import org.complaintdesk.domain.complaint.Description;
import org.complaintdesk.domain.complaint.Handling;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Location;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Registration;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.SeverityAssessment;
import org.complaintdesk.domain.complaint.Submission;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.Triage;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/** Complaints as the register holds them. */
final class Complaints {
    static final ComplaintId ID = new ComplaintId(UUID.fromString("3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60"));

    private Complaints() {
    }

    static Complainant complainant() {
        return new Complainant(new PersonName("张伟"), PhoneNumber.of("13812345678"),
                Optional.of(new AccountNumber("HT-0042-7456")), new Address("北京市朝阳区幸福路 8 号"), ContactPreference.WECHAT);
    }

    /** A water complaint whose severity was raised by the agent, changed once since registration. */
    static Complaint overriddenAndChangedOnce() {
        return Complaint.restore(new ComplaintSnapshot(
                ID, new TicketNumber("TS20261123000123"), ComplaintState.REGISTERED,
                new Submission(complainant(), Channel.REGULATOR, Optional.of(new ChannelReference("NEA-2026-88")),
                        Instant.parse("2026-11-22T23:59:59.123456789Z"), new IntakeFacts(false, false, true),
                        new Description("No water above the 3rd floor since noon."),
                        new Demand("Restore pressure today."), Optional.of(new Location("pump station 4"))),
                new Classification(ComplaintKind.SUGGESTION, UtilityDomain.WATER, Nature.SAFETY,
                        new Topic("low water pressure")),
                new Triage(new SeverityAssessment(Severity.LEVEL_2, Severity.LEVEL_1,
                        Optional.of(new Reason("school on the main"))), Priority.URGENT),
                new Registration(new OrgUnitId("WATER/east"), new OrgUnitId("WATER/hotline"), new UserId("agent-7"), Instant.parse("2026-11-23T01:00:00Z")),
                Handling.NONE, Instant.parse("2026-11-23T05:30:00Z"), 2L));
    }
}
