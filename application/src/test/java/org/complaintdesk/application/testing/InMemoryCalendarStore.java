package org.complaintdesk.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.application.calendar.CalendarYear;
import org.complaintdesk.application.calendar.StaleCalendarYearException;
import org.complaintdesk.application.calendar.UpdateCalendarYear;
import org.complaintdesk.application.port.out.CalendarStore;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.calendar.OfficialArrangements;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The calendar in memory, for tests of the use cases and the API that need no database, with the
 * same contract as the PostgreSQL adapter: a year that is not at the expected version, or a date
 * another year declares, is refused and nothing is written. Counts its reads, so that tests can
 * tell a cached calendar from a fresh one.
 */
public final class InMemoryCalendarStore implements CalendarStore {
    /** Who stored the shipped arrangements, as the migration records it. */
    public static final UserId SHIPPED_BY = new UserId("migration:V3");

    private final Map<Integer, CalendarYear> years = new TreeMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    /** An empty calendar: no year stored. */
    public InMemoryCalendarStore() {
    }

    /** The calendar as the service ships it: the official 2025 and 2026 arrangements at version 1. */
    public static InMemoryCalendarStore shipped(Instant storedAt) {
        var store = new InMemoryCalendarStore();
        OfficialArrangements.shipped().forEach(arrangement ->
                store.years.put(arrangement.year(), new CalendarYear(arrangement, 1, storedAt, SHIPPED_BY)));
        return store;
    }

    @Override
    public synchronized List<CalendarYear> all() {
        reads.incrementAndGet();
        return List.copyOf(years.values());
    }

    @Override
    public synchronized Optional<CalendarYear> find(int year) {
        reads.incrementAndGet();
        return Optional.ofNullable(years.get(year));
    }

    @Override
    public synchronized CalendarYear replace(HolidayArrangement arrangement, OptionalLong expectedVersion, UserId by,
                                             Instant at) {
        CalendarYear stored = years.get(arrangement.year());
        boolean asExpected = expectedVersion.isPresent()
                ? stored != null && stored.version() == expectedVersion.getAsLong()
                : stored == null;
        if (!asExpected) {
            // As the database's conditional write, which does not learn the version that beat it.
            throw new StaleCalendarYearException(arrangement.year(), expectedVersion, Optional.empty());
        }
        for (CalendarDay day : arrangement.days()) {
            if (declaredByAnotherYear(day.date(), arrangement.year())) {
                throw new InvalidValueException(UpdateCalendarYear.DAYS_FIELD, UpdateCalendarYear.DATE_OF_ANOTHER_YEAR,
                        day.date() + " is declared by another year's arrangement");
            }
        }
        var replaced = new CalendarYear(arrangement, stored == null ? 1 : stored.version() + 1, at, by);
        years.put(arrangement.year(), replaced);
        return replaced;
    }

    /** How often the store was read since it was made. */
    public int reads() {
        return reads.get();
    }

    private boolean declaredByAnotherYear(LocalDate date, int year) {
        return years.values().stream()
                .filter(other -> other.year() != year)
                .anyMatch(other -> other.arrangement().days().stream().anyMatch(day -> day.date().equals(date)));
    }
}
