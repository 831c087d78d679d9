package org.complaintdesk.domain.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.validation.InvalidValueException;

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
     * Refuses an extension this clock cannot take: it must run (002 3.4: before the limit runs
     * out), not be a window, and the new due must be later than its due.
     */
    public void checkExtension(Instant newDue, Instant approvedAt) {
        if (rule.window()) {
            throw new InvalidValueException("clock", WINDOW_NOT_EXTENDED, "the complainant's review window is not extended");
        }
        if (!isRunning()) {
            throw new InvalidValueException("clock", CLOCK_NOT_RUNNING, "only a running clock is extended, this one is " + state);
        }
        if (!approvedAt.isBefore(due)) {
            throw new InvalidValueException("clock", CLOCK_RAN_OUT, "a clock is extended only before it runs out (002 3.4)");
        }
        if (!newDue.isAfter(due)) {
            throw new InvalidValueException("new_due", EXTENSION_NOT_LATER, "must be later than the clock's due");
        }
    }
}
