package org.complaintdesk.application.deadline;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.IllegalTransitionException;
import org.complaintdesk.domain.complaint.Step;
import org.complaintdesk.domain.deadline.ClockKind;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * What the extension steps check against the clocks, which the complaint does not keep: the clock
 * named exists and runs, is not a window, has not run out, and the new due is later than its due
 * (002 3.4: an extension is asked for and granted only before the limit runs out).
 */
public final class ClockExtensions {
    public static final String UNKNOWN_CLOCK = "UNKNOWN_CLOCK";
    /** Refusals that speak of the clock's state rather than of the value given. */
    private static final Set<String> STATE_RULES = Set.of(ComplaintClock.CLOCK_NOT_RUNNING, ComplaintClock.CLOCK_RAN_OUT,
            ComplaintClock.WINDOW_NOT_EXTENDED);

    private final ComplaintClocks clocks;

    public ClockExtensions(ComplaintClocks clocks) {
        this.clocks = Objects.requireNonNull(clocks, "clocks");
    }

    /** The clock kind a caller names, refused as a bad value if there is none such. */
    public static ClockKind kindOf(String name) {
        return Arrays.stream(ClockKind.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("clock", UNKNOWN_CLOCK,
                        "must be one of " + Arrays.toString(ClockKind.values())));
    }

    /**
     * Refuses, for {@code step}, an extension of {@code kind} to {@code newDue} decided at {@code now}:
     * a clock that does not run, ran out or is a window as a refused transition (FAILED_PRECONDITION
     * with the complaint's state); a new due not later than the clock's as a bad value.
     */
    public void check(Complaint complaint, ClockKind kind, Instant newDue, Step step, Instant now) {
        ComplaintClock clock = clocks.current(complaint, now).stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalTransitionException(ComplaintClock.CLOCK_NOT_RUNNING, step,
                        complaint.state(), "the clock " + kind + " has not started for this complaint"));
        try {
            clock.checkExtension(newDue, now);
        } catch (InvalidValueException e) {
            if (STATE_RULES.contains(e.rule())) {
                throw new IllegalTransitionException(e.rule(), step, complaint.state(),
                        "the clock " + kind + " (" + clock.state() + ", due " + clock.due() + "): " + e.getMessage());
            }
            throw e;
        }
    }
}
