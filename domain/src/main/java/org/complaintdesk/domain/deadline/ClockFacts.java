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
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;

/**
 * What the rules are chosen by, as the complaint was registered. The timeline then changes the
 * severity (SEVERITY_CHANGED, detail {@code severity}) and the utility domain (RECLASSIFIED, detail
 * {@code utility_domain}); {@link ClockBook} follows those changes step by step.
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
        Severity severity = detailOf(timeline, EventType.REGISTERED, "severity").map(Severity::valueOf)
                .or(() -> detailOf(timeline, EventType.SEVERITY_CHANGED, "severity_before").map(Severity::valueOf))
                .orElse(complaint.triage().severity().applied());
        UtilityDomain domain = detailOf(timeline, EventType.RECLASSIFIED, "utility_domain_before")
                .map(UtilityDomain::valueOf).orElse(complaint.classification().utilityDomain());
        return new ClockFacts(complaint.submission().receivedAt(), complaint.submission().channel(),
                complaint.classification().kind(), domain, severity);
    }

    /** The facts after a step: changed by a severity change or a reclassification, else the same. */
    public ClockFacts after(ComplaintEvent event) {
        return switch (event.type()) {
            case SEVERITY_CHANGED -> Optional.ofNullable(event.details().get("severity"))
                    .map(s -> new ClockFacts(receivedAt, channel, kind, utilityDomain, Severity.valueOf(s)))
                    .orElse(this);
            case RECLASSIFIED -> Optional.ofNullable(event.details().get("utility_domain"))
                    .map(d -> new ClockFacts(receivedAt, channel, kind, UtilityDomain.valueOf(d), severity))
                    .orElse(this);
            default -> this;
        };
    }

    private static Optional<String> detailOf(List<ComplaintEvent> timeline, EventType type, String key) {
        return timeline.stream()
                .filter(e -> e.type() == type && e.details().containsKey(key))
                .min(Comparator.comparingLong(ComplaintEvent::sequence))
                .map(e -> e.details().get(key));
    }
}
