package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.complaint.EventType;

/**
 * One run of a clock as the timeline made it, before it is timed: the rule in force, when it
 * started, and how and when it ended. A recurring clock and a clock started again run several.
 *
 * @param repeated whether a met round of a recurring clock started it, so that it runs for the
 *                 rule's recurring period
 */
record Round(int number, ClockRule rule, boolean repeated, Instant start, Optional<Instant> end,
             Optional<ClockState> ending, Optional<EventType> endedBy) {

    static Round started(int number, ClockRule rule, boolean repeated, Instant start) {
        return new Round(number, rule, repeated, start, Optional.empty(), Optional.empty(), Optional.empty());
    }

    Period period() {
        return rule.periodOfRound(repeated);
    }

    boolean isRunning() {
        return end.isEmpty();
    }

    Round ended(Instant at, ClockState how, EventType by) {
        return new Round(number, rule, repeated, start, Optional.of(at), Optional.of(how), Optional.of(by));
    }

    /** The same round timed by another rule, from the same start. */
    Round under(ClockRule other) {
        return new Round(number, other, repeated && other.repeat().isPresent(), start, end, ending, endedBy);
    }
}
