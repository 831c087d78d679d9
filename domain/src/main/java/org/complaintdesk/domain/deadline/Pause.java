package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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

    public boolean isOpen() {
        return to.isEmpty();
    }

    /** Whether the complaint waits on the complainant at {@code instant}. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && to.map(instant::isBefore).orElse(true);
    }
}
