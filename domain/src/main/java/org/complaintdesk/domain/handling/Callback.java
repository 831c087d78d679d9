package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * A callback after the reply: the complainant's satisfaction, or that they could not be reached
 * (no satisfaction) after the given number of attempts.
 */
public record Callback(CallbackMethod method, Optional<Satisfaction> satisfaction, int attempts,
                       Optional<Statement> comment, UserId recordedBy, Instant recordedAt) {
    public static final String ATTEMPTS_FIELD = "attempts";

    public Callback {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (attempts < 1 || attempts > 99) {
            throw new InvalidValueException(ATTEMPTS_FIELD, "OUT_OF_RANGE", "must be between 1 and 99");
        }
    }

    public boolean reached() {
        return satisfaction.isPresent();
    }

    public boolean unsatisfied() {
        return satisfaction.filter(s -> s == Satisfaction.UNSATISFIED).isPresent();
    }
}
