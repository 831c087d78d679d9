package org.complaintdesk.domain.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.IllegalTransitionException;
import org.complaintdesk.domain.complaint.Step;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.validation.Violations;

/**
 * One round of one clock of a complaint, as computed at a moment by {@link ClockBook}.
 *
 * @param kind         the clock
 * @param round        1 for its first run; a recurring clock or one started again runs more
 * @param rule         the rule that times it (with its source)
 * @param state        where it stands at the moment computed
 * @param startedAt    when it started running
 * @param originalDue  when it runs out without any extension (paused time left out)
 * @param due          when it runs out: a step before this instant is in time
 * @param warnAt       when it warns that its time is nearly used up (a window: its due)
 * @param metAt        when the step it waited for was taken
 * @param stoppedAt    when it stopped without that step
 * @param endedBy      the step of the timeline that met or stopped it
 * @param late         whether its due passed before it was met or stopped, or now: "met late" for
 *                     a MET clock, always for a BREACHED one, never for a window
 * @param pausedTime   the paused time left out of its limit, counted as its period counts time
 * @param pause        the pause it stands still in at the moment computed, with its reason
 * @param extension    the approved extension that set its due
 * @param provisional  whether its working days reach into a year whose official holidays are not
 *                     yet loaded, so that the due may still move
 */
public record ComplaintClock(ClockKind kind, int round, ClockRule rule, ClockState state, Instant startedAt,
                             Instant originalDue, Instant due, Instant warnAt, Optional<Instant> metAt,
                             Optional<Instant> stoppedAt, Optional<EventType> endedBy, boolean late,
                             Duration pausedTime, Optional<Pause> pause, Optional<Extension> extension,
                             boolean provisional) {
    public static final String CLOCK_NOT_RUNNING = "CLOCK_NOT_RUNNING";
    public static final String CLOCK_RAN_OUT = "CLOCK_RAN_OUT";
    public static final String EXTENSION_NOT_LATER = "EXTENSION_NOT_LATER";
    public static final String WINDOW_NOT_EXTENDED = "WINDOW_NOT_EXTENDED";

    public ComplaintClock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(originalDue, "originalDue");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(warnAt, "warnAt");
        Objects.requireNonNull(metAt, "metAt");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        Objects.requireNonNull(endedBy, "endedBy");
        Objects.requireNonNull(pausedTime, "pausedTime");
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(extension, "extension");
    }

    /** Whether it still waits for its step: RUNNING or BREACHED. */
    public boolean isRunning() {
        return state == ClockState.RUNNING || state == ClockState.BREACHED;
    }

    public boolean isPaused() {
        return pause.isPresent();
    }

    /** Met, but after its due: what a regulator counts as late. */
    public boolean isMetLate() {
        return state == ClockState.MET && late;
    }

    /** Whether, at {@code now}, it runs, is not paused, has passed its warning and not yet its due. */
    public boolean isWarning(Instant now) {
        return state == ClockState.RUNNING && !rule.window() && !isPaused()
                && !now.isBefore(warnAt) && now.isBefore(due);
    }

    /**
     * Whether, at {@code now}, it waits for its step past its due. While paused with no end in
     * sight its due moves with the pause, so only a clock already overdue is.
     */
    public boolean isOverdue(Instant now) {
        if (!isRunning() || rule.window()) {
            return false;
        }
        return state == ClockState.BREACHED || (!isPaused() && !now.isBefore(due));
    }

    /**
     * The next moment after {@code now} at which it warns or runs out. A paused clock stands still
     * until its pause ends: then, if the end is known; a clock that is not running, never.
     */
    public Optional<Instant> nextAttention(Instant now) {
        if (state != ClockState.RUNNING) {
            return Optional.empty();
        }
        if (isPaused()) {
            return pause.flatMap(Pause::to).filter(now::isBefore);
        }
        return Stream.of(rule.window() ? due : warnAt, due).filter(now::isBefore).min(Instant::compareTo);
    }

    /**
     * Refuses an extension this clock cannot take at {@code now}, as the step {@code step} on a
     * complaint in {@code complaintState} (the complaint as it stands, not the values asked for):
     * it must not be a window, must still wait for its step and must not have run out (002 3.4: an
     * extension is asked for and granted only before the limit runs out).
     *
     * @throws IllegalTransitionException naming the rule and the complaint's state
     */
    public void checkExtensible(Step step, ComplaintState complaintState, Instant now) {
        if (rule.window()) {
            throw refusal(WINDOW_NOT_EXTENDED, step, complaintState, "the complainant's review window is not extended");
        }
        if (!isRunning()) {
            throw refusal(CLOCK_NOT_RUNNING, step, complaintState, "only a running clock is extended");
        }
        if (!now.isBefore(due)) {
            throw refusal(CLOCK_RAN_OUT, step, complaintState, "a clock is extended only before it runs out (002 3.4)");
        }
    }

    /**
     * Adds to {@code values} a new due asked for that gives this clock no more time (not later than
     * its due), under the request's field {@link ExtensionRequest#NEW_DUE_TIME}. A new due refused
     * there already (one that has passed, say) is not refused twice.
     */
    public void checkRequestedDue(Instant newDue, Violations values) {
        boolean refusedAlready = values.list().stream().anyMatch(v -> v.field().equals(ExtensionRequest.NEW_DUE_TIME));
        if (!newDue.isAfter(due) && !refusedAlready) {
            values.add(ExtensionRequest.NEW_DUE_TIME, EXTENSION_NOT_LATER, "must be later than the clock's due");
        }
    }

    /**
     * Refuses to grant an extension to {@code newDue} that gives this clock no more time: its due
     * moved to or past the one asked for since the request (while the complaint waited on the
     * complainant, say). The approval names no due, so this is the complaint as it stands.
     *
     * @throws IllegalTransitionException naming the rule and the complaint's state
     */
    public void checkGrantedDue(Instant newDue, Step step, ComplaintState complaintState) {
        if (!newDue.isAfter(due)) {
            throw refusal(EXTENSION_NOT_LATER, step, complaintState,
                    "the due asked for is no longer later than the clock's due; the extension would give no more time");
        }
    }

    private IllegalTransitionException refusal(String rule, Step step, ComplaintState complaintState, String needed) {
        return new IllegalTransitionException(rule, step, complaintState,
                "the clock " + kind + " (" + state + ", due " + due + "): " + needed);
    }
}
