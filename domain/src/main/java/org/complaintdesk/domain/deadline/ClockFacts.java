package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintSnapshot;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;

/**
 * What the rules are chosen by, as the complaint was registered. The timeline then changes the
 * severity (SEVERITY_CHANGED) and the utility domain (RECLASSIFIED); {@link ClockBook} follows those
 * changes step by step.
 *
 * <p>The reply limit follows the intake channel: 002 ch.5 §2 sets it by the form in which the
 * complaint came (written, by phone, on an online platform), and it must be known from receipt.
 */
public record ClockFacts(Instant receivedAt, Channel channel, ComplaintKind kind, UtilityDomain utilityDomain,
                         Severity severity) {
    public ClockFacts {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(utilityDomain, "utilityDomain");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * The facts at registration of a stored complaint: its current severity and domain wound back
     * over the changes its timeline records.
     */
    public static ClockFacts asRegistered(ComplaintSnapshot complaint, List<ComplaintEvent> timeline) {
        Severity severity = first(timeline, EventDetails.Registered.class).map(EventDetails.Registered::severity)
                .or(() -> first(timeline, EventDetails.SeverityChanged.class).map(EventDetails.SeverityChanged::severityBefore))
                .orElse(complaint.triage().severity().applied());
        UtilityDomain domain = first(timeline, EventDetails.Reclassified.class)
                .map(EventDetails.Reclassified::utilityDomainBefore).orElse(complaint.classification().utilityDomain());
        return new ClockFacts(complaint.submission().receivedAt(), complaint.submission().channel(),
                complaint.classification().kind(), domain, severity);
    }

    /** The facts after a step: changed by a severity change or a reclassification, else the same. */
    public ClockFacts after(ComplaintEvent event) {
        return switch (event.details()) {
            case EventDetails.SeverityChanged changed ->
                    new ClockFacts(receivedAt, channel, kind, utilityDomain, changed.severity());
            case EventDetails.Reclassified changed ->
                    new ClockFacts(receivedAt, channel, kind, changed.utilityDomain(), severity);
            default -> this;
        };
    }

    private static <D extends EventDetails> Optional<D> first(List<ComplaintEvent> timeline, Class<D> type) {
        return timeline.stream()
                .filter(e -> type.isInstance(e.details()))
                .min(Comparator.comparingLong(ComplaintEvent::sequence))
                .map(e -> type.cast(e.details()));
    }
}
