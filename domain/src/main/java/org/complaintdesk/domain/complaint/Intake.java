package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** Everything the registering agent records (000 二(一), 002 1.1.6-1.1.8), already validated value by value. */
public record Intake(
        Complainant complainant,
        Channel channel,
        Optional<ChannelReference> channelReference,
        Instant receivedAt,
        ComplaintKind kind,
        UtilityDomain utilityDomain,
        Nature nature,
        Topic topic,
        IntakeFacts facts,
        Optional<Severity> requestedSeverity,
        Optional<Reason> severityOverrideReason,
        Optional<Priority> requestedPriority,
        Description description,
        Demand demand,
        Optional<Location> location,
        OrgUnitId orgUnit) {

    public Intake {
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelReference, "channelReference");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(utilityDomain, "utilityDomain");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(requestedSeverity, "requestedSeverity");
        Objects.requireNonNull(severityOverrideReason, "severityOverrideReason");
        Objects.requireNonNull(requestedPriority, "requestedPriority");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(orgUnit, "orgUnit");
    }
}
