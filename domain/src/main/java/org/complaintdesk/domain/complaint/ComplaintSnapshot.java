package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The whole state of a {@link Complaint}, as stored. Persistence reads and writes this; only
 * {@link Complaint#restore} turns it back into an aggregate.
 */
public record ComplaintSnapshot(
        ComplaintId id,
        TicketNumber ticketNumber,
        ComplaintState state,
        Complainant complainant,
        Channel channel,
        Optional<ChannelReference> channelReference,
        Instant receivedAt,
        ComplaintKind kind,
        UtilityDomain utilityDomain,
        Nature nature,
        Topic topic,
        IntakeFacts facts,
        SeverityAssessment severity,
        Priority priority,
        Description description,
        Demand demand,
        Optional<Location> location,
        OrgUnitId orgUnit,
        UserId registeredBy,
        Instant registeredAt,
        Instant updatedAt,
        long version) {
}
