package org.complaintdesk.application.statistics;

import java.util.Objects;
import org.complaintdesk.domain.handling.ClockKind;

/**
 * How one clock kind kept its time limit over the rounds due in the period (按时办结率 per limit).
 * A round counts when its due (after extensions) falls in the period and it is decided: met, or its
 * due has passed. {@code metInTime}: met at or before its due. {@code breached}: the others (met
 * late, still waiting past its due, or stopped after its due without its step). {@code pending}:
 * due in the period but later than now and not yet met, outside the rate. The on-time rate is
 * metInTime / (metInTime + breached). Windows (the review window) elapse and are not counted.
 */
public record ClockIndicator(ClockKind clock, long metInTime, long breached, long pending) {
    public ClockIndicator {
        Objects.requireNonNull(clock, "clock");
        if (metInTime < 0 || breached < 0 || pending < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    /** The rounds due in the period that are decided. */
    public long due() {
        return metInTime + breached;
    }

    public Rate onTimeRate() {
        return new Rate(metInTime, due());
    }
}
