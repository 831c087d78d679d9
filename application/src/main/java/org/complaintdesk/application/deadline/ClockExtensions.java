package org.complaintdesk.application.deadline;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.IllegalTransitionException;
import org.complaintdesk.domain.complaint.Step;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * What the extension steps check against the clocks, which the complaint does not keep: the clock
 * named exists and runs, is not a window, has not run out, and the new due is later than its due
 * (002 3.4: an extension is asked for and granted only before the limit runs out). What the clock
 * refuses is raised as it is answered: the clock's state as a refused transition with the
 * complaint's state, a new due asked for as a bad value of the request's field.
 */
public final class ClockExtensions {
    public static final String UNKNOWN_CLOCK = "UNKNOWN_CLOCK";

    private final ComplaintClocks clocks;

    public ClockExtensions(ComplaintClocks clocks) {
        this.clocks = Objects.requireNonNull(clocks, "clocks");
    }

    /** The clock kind a caller names, refused as a bad value if there is none such. */
    public static ClockKind kindOf(String name) {
        return known(name).orElseThrow(() -> new InvalidValueException("clock", UNKNOWN_CLOCK,
                "must be one of " + Arrays.toString(ClockKind.values())));
    }

    /**
     * Checks a request for an extension of {@code kind} to {@code newDue} at {@code now} against the
     * clock, after the complaint's own rules: refuses a clock that has not started, does not run,
     * ran out or is a window (a refused transition, before any value), and adds to {@code values}
     * a new due not later than the clock's, so that it is reported with the values the complaint
     * refused.
     */
    public void checkRequest(Complaint complaint, ClockKind kind, Instant newDue, Instant now, Violations values) {
        Step step = Step.REQUEST_EXTENSION;
        ComplaintClock clock = started(complaint, kind, step, now);
        clock.checkExtensible(step, complaint.state(), now);
        clock.checkRequestedDue(newDue, values);
    }

    /**
     * Checks the pending extension {@code request} against its clock at the approval, {@code now}:
     * the clock must still run and not have run out, and the due asked for must still be later
     * than the clock's. The approval carries no value of its own, so every refusal is one of the
     * complaint as it stands (a refused transition with its state).
     */
    public void checkApproval(Complaint complaint, ExtensionRequest request, Instant now) {
        Step step = Step.APPROVE_EXTENSION;
        ComplaintClock clock = started(complaint, request.clock(), step, now);
        clock.checkExtensible(step, complaint.state(), now);
        clock.checkGrantedDue(request.newDue(), step, complaint.state());
    }

    private ComplaintClock started(Complaint complaint, ClockKind kind, Step step, Instant now) {
        return clocks.current(complaint, now).stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalTransitionException(ComplaintClock.CLOCK_NOT_RUNNING, step,
                        complaint.state(), "the clock " + kind + " has not started for this complaint"));
    }

    private static Optional<ClockKind> known(String name) {
        return Arrays.stream(ClockKind.values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
