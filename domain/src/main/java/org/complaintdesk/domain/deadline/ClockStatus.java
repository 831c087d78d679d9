package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How a complaint stands against its time limits, by its worst running clock. */
public enum ClockStatus {
    /** Every running clock has time left before its warning. */
    ON_TIME,
    /** A running clock has passed its warning threshold, none its due. */
    WARNING,
    /** A running clock has passed its due without its step. */
    BREACHED;

    /** The status of a complaint with these clocks at {@code now}; empty when none runs (windows aside). */
    public static Optional<ClockStatus> of(List<ComplaintClock> clocks, Instant now) {
        List<ComplaintClock> duties = clocks.stream().filter(c -> c.isRunning() && !c.rule().window()).toList();
        if (duties.isEmpty()) {
            return Optional.empty();
        }
        if (duties.stream().anyMatch(c -> c.isOverdue(now))) {
            return Optional.of(BREACHED);
        }
        return Optional.of(duties.stream().anyMatch(c -> c.isWarning(now)) ? WARNING : ON_TIME);
    }
}
