package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * An approved extension of a running clock (延期, 002 3.4): the complainant was told before the
 * limit ran out and given a preliminary opinion, so the clock may run to {@code newDue}. It
 * applies to the round of {@code clock} that runs when it is approved, and only if that round had
 * not yet run out; the clock keeps its original due beside the new one.
 */
public record Extension(ClockKind clock, Instant newDue, Instant approvedAt, UserId approvedBy, Reason reason) {
    public static final String NEW_DUE_NOT_AFTER_APPROVAL = "EXTENSION_DUE_NOT_AFTER_APPROVAL";

    public Extension {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(newDue, "newDue");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(reason, "reason");
        if (!newDue.isAfter(approvedAt)) {
            throw new InvalidValueException("extension.new_due", NEW_DUE_NOT_AFTER_APPROVAL,
                    "must be later than the approval of the extension");
        }
    }

    /**
     * The extensions a complaint's timeline records as approved (EXTENSION_APPROVED), in order. An
     * approval whose new due does not lie after it extends nothing.
     */
    public static List<Extension> fromTimeline(List<ComplaintEvent> timeline) {
        return timeline.stream()
                .filter(e -> e.type() == EventType.EXTENSION_APPROVED)
                .sorted(Comparator.comparingLong(ComplaintEvent::sequence))
                .flatMap(e -> of(e).stream())
                .toList();
    }

    private static Optional<Extension> of(ComplaintEvent approval) {
        if (!(approval.details() instanceof EventDetails.ExtensionApproved(var request))
                || !request.newDue().isAfter(approval.occurredAt())) {
            return Optional.empty();
        }
        return Optional.of(new Extension(request.clock(), request.newDue(), approval.occurredAt(),
                approval.actor().userId(), request.reason()));
    }
}
