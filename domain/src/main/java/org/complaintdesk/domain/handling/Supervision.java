package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.organisation.Role;

/**
 * The complaint is supervised (督办) by a level above its handling since {@code since}: escalated
 * because a clock breached or because it was urged again and again.
 *
 * @param level the level that now watches it: SUPERVISOR or DIRECTOR
 * @param cause why it was escalated
 * @param clock the clock whose breach escalated it, empty for repeated urges
 * @param since when it was escalated
 */
public record Supervision(Role level, SupervisionCause cause, Optional<ClockKind> clock, Instant since) {
    public Supervision {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(since, "since");
        if (level != Role.SUPERVISOR && level != Role.DIRECTOR) {
            throw new IllegalArgumentException("a complaint is supervised by a SUPERVISOR or a DIRECTOR, not " + level);
        }
    }

    /** Whether this supervision is at {@code other} or above it. */
    public boolean atLeast(Role other) {
        return level == Role.DIRECTOR || level == other;
    }
}
