package org.complaintdesk.application.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it on, e.g. past a refresh interval. */
public final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MovableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }
}
