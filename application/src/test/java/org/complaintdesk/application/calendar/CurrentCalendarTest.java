package org.complaintdesk.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.application.calendar.CalendarFixture.SHANGHAI;
import static org.complaintdesk.application.calendar.CalendarFixture.newYear2027;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;
import org.complaintdesk.application.testing.InMemoryCalendarStore;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.domain.calendar.BusinessCalendar;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

class CurrentCalendarTest {
    private static final Duration REFRESH = Duration.ofSeconds(60);
    private static final LocalDate NEW_YEARS_DAY_2027 = LocalDate.of(2027, 1, 1);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-05T02:00:00Z"), SHANGHAI);
    private final InMemoryCalendarStore store = InMemoryCalendarStore.shipped(Instant.parse("2026-01-01T00:00:00Z"));
    private final CurrentCalendar calendar = new CurrentCalendar(store, SHANGHAI, clock, REFRESH);

    @Test
    void the_calendar_is_built_from_the_stored_arrangements_in_the_services_zone() {
        BusinessCalendar current = calendar.current();

        assertThat(current.zone()).isEqualTo(SHANGHAI);
        assertThat(current.knownYears()).containsExactlyInAnyOrder(2025, 2026);
        assertThat(current.isWorkingDay(LocalDate.of(2026, 10, 10))).as("a make-up Saturday").isTrue();
    }

    @Test
    void within_the_refresh_interval_the_store_is_read_once() {
        calendar.current();
        clock.advance(REFRESH.minusSeconds(1));
        calendar.current();

        assertThat(store.reads()).isEqualTo(1);
    }

    @Test
    void a_change_made_through_another_instance_counts_here_once_the_interval_has_passed() {
        calendar.current();
        // Another instance stores 2027 in the shared store, without telling this one.
        store.replace(newYear2027(), OptionalLong.empty(), new UserId("chen"), clock.instant());

        clock.advance(REFRESH.minusSeconds(1));
        assertThat(calendar.current().isWorkingDay(NEW_YEARS_DAY_2027)).as("still the calendar read before").isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(calendar.current().isWorkingDay(NEW_YEARS_DAY_2027)).isFalse();
        assertThat(store.reads()).isEqualTo(2);
    }

    @Test
    void a_reload_reads_the_store_at_once_and_starts_the_interval_anew() {
        calendar.current();
        clock.advance(REFRESH.minusSeconds(10));
        store.replace(newYear2027(), OptionalLong.empty(), new UserId("chen"), clock.instant());

        calendar.reload();
        clock.advance(Duration.ofSeconds(30));

        assertThat(calendar.current().knows(NEW_YEARS_DAY_2027)).isTrue();
        assertThat(store.reads()).isEqualTo(2);
    }

    @Test
    void days_begin_and_end_in_the_zone_it_is_given() {
        var utc = new CurrentCalendar(store, ZoneId.of("UTC"), clock, REFRESH);
        Instant halfPastMidnightInShanghai = Instant.parse("2026-10-01T16:30:00Z");

        assertThat(calendar.current().dateOf(halfPastMidnightInShanghai)).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(utc.current().dateOf(halfPastMidnightInShanghai)).isEqualTo(LocalDate.of(2026, 10, 1));
    }
}
