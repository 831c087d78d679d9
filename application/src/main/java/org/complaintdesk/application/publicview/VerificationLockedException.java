package org.complaintdesk.application.publicview;

import java.time.Duration;
import java.util.Objects;
import org.complaintdesk.domain.validation.DomainException;

/**
 * Too many wrong verification codes were given for the ticket number, or by the portal, within the
 * window: no code is checked until {@link #retryAfter()} has passed.
 */
public final class VerificationLockedException extends DomainException {
    public static final String RULE = "TOO_MANY_VERIFICATION_FAILURES";

    private final Duration retryAfter;

    public VerificationLockedException(Duration retryAfter) {
        super(RULE, "too many wrong verification codes; try again in " + wholeSeconds(retryAfter) + " seconds");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** The wait in whole seconds, rounded up and at least 1: a client that waits as told is not refused again. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration wait) {
        return Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
