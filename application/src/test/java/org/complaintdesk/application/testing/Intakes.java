package org.complaintdesk.application.testing;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.Demand;
import org.complaintdesk.domain.complaint.Description;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** Intakes for the use cases' tests. */
public final class Intakes {

    private Intakes() {
    }

    /** A web complaint about low water pressure, for the unit water/cs. */
    public static Intake lowWaterPressure(Instant receivedAt) {
        return new Intake(
                new Complainant(new PersonName("Li Lei"), PhoneNumber.of("13900001111"), Optional.empty(),
                        new Address("1 Water Street"), ContactPreference.PHONE),
                Channel.WEB, Optional.empty(), receivedAt, ComplaintKind.COMPLAINT,
                UtilityDomain.WATER, Nature.SERVICE_QUALITY, new Topic("low pressure"),
                IntakeFacts.INDIVIDUAL_PROBLEM, Optional.empty(), Optional.empty(), Optional.empty(),
                new Description("Low pressure since Monday."), new Demand("Fix it."), Optional.empty(),
                new OrgUnitId("water/cs"));
    }
}
