package org.complaintdesk.application.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.complaintdesk.application.port.out.CalendarStore;
import org.complaintdesk.domain.calendar.BusinessCalendar;

/**
 * The working-day calendar as the store has it, for everything that counts working days. Built
 * from the store on first use and kept; rebuilt at once after a change through this instance
 * ({@link #reload}), and re-read when it is older than the refresh interval, so that a change
 * made through another instance of the service applies here within that interval.
 */
public final class CurrentCalendar {
    private final CalendarStore store;
    private final ZoneId zone;
    private final Clock clock;
    private final Duration refreshInterval;
    private volatile Loaded loaded;

    private record Loaded(BusinessCalendar calendar, Instant readAt) {
    }

    /**
     * @param zone            the service's business time zone, in which days begin and end
     * @param refreshInterval how old the calendar may grow before it is read again
     */
    public CurrentCalendar(CalendarStore store, ZoneId zone, Clock clock, Duration refreshInterval) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval");
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("refreshInterval must not be negative, was " + refreshInterval);
        }
    }

    /** How old the calendar may grow before it is read again: by then every instance counts a change. */
    public Duration refreshInterval() {
        return refreshInterval;
    }

    /** The calendar, read from the store if it was not yet or is older than the refresh interval. */
    public BusinessCalendar current() {
        Loaded now = loaded;
        if (now != null && !isDue(now)) {
            return now.calendar();
        }
        return refresh();
    }

    /** Reads the store now, e.g. right after a change, so that the change applies from the next call on. */
    public synchronized BusinessCalendar reload() {
        // Every read runs under the lock: a refresh that read before a change cannot overwrite the
        // reload that follows the change, because the reload reads after it.
        var read = new Loaded(BusinessCalendar.of(zone, store.all().stream().map(CalendarYear::arrangement).toList()),
                clock.instant());
        loaded = read;
        return read.calendar();
    }

    private synchronized BusinessCalendar refresh() {
        // Callers that queued while another refreshed take its result instead of reading again.
        Loaded now = loaded;
        if (now != null && !isDue(now)) {
            return now.calendar();
        }
        return reload();
    }

    private boolean isDue(Loaded now) {
        return !clock.instant().isBefore(now.readAt().plus(refreshInterval));
    }
}
