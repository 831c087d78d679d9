package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * A time during which the complaint waited on the complainant, with the reason. {@code to} is empty
 * while it still waits; the clocks then count the pause up to the moment they are computed.
 */
public record Pause(Instant from, Optional<Instant> to, PauseReason reason) {
    public static final String ENDS_BEFORE_START = "PAUSE_ENDS_BEFORE_START";

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        if (to.isPresent() && !to.get().isAfter(from)) {
            throw new InvalidValueException("pause.to", ENDS_BEFORE_START, "must be later than the start of the pause");
        }
    }

    public static Pause open(Instant from, PauseReason reason) {
        return new Pause(from, Optional.empty(), reason);
    }

    public static Pause between(Instant from, Instant to, PauseReason reason) {
        return new Pause(from, Optional.of(to), reason);
    }

    /**
     * The waits on the complainant a complaint's timeline records, in order: each from its
     * WAITING_ON_COMPLAINANT entry (detail {@code waiting_reason}) to the next WAITING_ENDED entry
     * or the step that ended the complaint (a withdrawal or closing ends its wait too), and open
     * while neither came yet. A wait that ended the instant it began pauses nothing, and neither
     * does an entry whose reason this version does not know.
     */
    public static List<Pause> fromTimeline(List<ComplaintEvent> timeline) {
        List<Pause> pauses = new ArrayList<>();
        List<ComplaintEvent> inOrder = timeline.stream().sorted(Comparator.comparingLong(ComplaintEvent::sequence)).toList();
        Pause waiting = null;
        for (ComplaintEvent event : inOrder) {
            if (waiting == null) {
                if (event.details() instanceof EventDetails.WaitingOnComplainant started) {
                    waiting = open(event.occurredAt(), started.reason());
                }
            } else if (event.type() == EventType.WAITING_ENDED || !event.stateAfter().isOpen()) {
                if (event.occurredAt().isAfter(waiting.from())) {
                    pauses.add(between(waiting.from(), event.occurredAt(), waiting.reason()));
                }
                waiting = null;
            }
        }
        if (waiting != null) {
            pauses.add(waiting);
        }
        return pauses;
    }

    public boolean isOpen() {
        return to.isEmpty();
    }

    /** Whether the complaint waits on the complainant at {@code instant}. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && to.map(instant::isBefore).orElse(true);
    }
}
