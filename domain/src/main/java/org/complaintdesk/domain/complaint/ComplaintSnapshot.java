package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
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
        Handling handling,
        long version) {

    public ComplaintSnapshot {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(handling, "handling");
    }

    /** The snapshot after one step: new state and handling, one version on. */
    ComplaintSnapshot next(ComplaintState newState, Handling newHandling, Instant now) {
        return new ComplaintSnapshot(id, ticketNumber, newState, complainant, channel, channelReference, receivedAt,
                kind, utilityDomain, nature, topic, facts, severity, priority, description, demand, location,
                orgUnit, registeredBy, registeredAt, now, newHandling, version + 1);
    }

    ComplaintSnapshot withClassification(UtilityDomain newDomain, Nature newNature, Topic newTopic) {
        return new ComplaintSnapshot(id, ticketNumber, state, complainant, channel, channelReference, receivedAt,
                kind, newDomain, newNature, newTopic, facts, severity, priority, description, demand, location,
                orgUnit, registeredBy, registeredAt, updatedAt, handling, version);
    }

    ComplaintSnapshot withSeverity(SeverityAssessment newSeverity, Priority newPriority) {
        return new ComplaintSnapshot(id, ticketNumber, state, complainant, channel, channelReference, receivedAt,
                kind, utilityDomain, nature, topic, facts, newSeverity, newPriority, description, demand, location,
                orgUnit, registeredBy, registeredAt, updatedAt, handling, version);
    }
}
