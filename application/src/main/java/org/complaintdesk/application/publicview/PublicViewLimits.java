package org.complaintdesk.application.publicview;

import java.time.Duration;
import java.util.Objects;

/**
 * How far guessing verification codes is let go: after {@code maxFailuresPerTicket} wrong codes for
 * one ticket number, or {@code maxFailuresPerCaller} by one portal, within {@code window}, further
 * attempts are refused (even with the right code) until the oldest of those failures is a window
 * old.
 */
public record PublicViewLimits(Duration window, int maxFailuresPerTicket, int maxFailuresPerCaller) {
    /** Five wrong codes an hour per ticket: a million codes then take over twenty years on average. */
    public static final PublicViewLimits DEFAULTS = new PublicViewLimits(Duration.ofHours(1), 5, 200);

    public PublicViewLimits {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive");
        }
        if (maxFailuresPerTicket < 1 || maxFailuresPerCaller < 1) {
            throw new IllegalArgumentException("the failure limits must be at least 1");
        }
    }
}
