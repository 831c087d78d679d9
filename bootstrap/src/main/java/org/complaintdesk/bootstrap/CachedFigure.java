package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A figure that costs a query, read at most once per interval however often it is asked for (a
 * scrape asks for it once per gauge). Empty while the last reading failed: a dashboard shows a
 * gap, not an old value as if it were current.
 */
final class CachedFigure<T> {
    private static final Logger log = LoggerFactory.getLogger(CachedFigure.class);

    private final String name;
    private final Supplier<T> reading;
    private final long intervalNanos;
    private Optional<T> value = Optional.empty();
    private long readAt;
    private boolean read;

    CachedFigure(String name, Supplier<T> reading, Duration interval) {
        this.name = Objects.requireNonNull(name, "name");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.intervalNanos = interval.toNanos();
    }

    synchronized Optional<T> get() {
        long now = System.nanoTime();
        if (read && now - readAt < intervalNanos) {
            return value;
        }
        try {
            value = Optional.of(reading.get());
        } catch (RuntimeException e) {
            if (value.isPresent() || !read) {
                log.warn("could not read {} for the metrics; it shows no value until it can", name, e);
            }
            value = Optional.empty();
        }
        read = true;
        readAt = now;
        return value;
    }
}
