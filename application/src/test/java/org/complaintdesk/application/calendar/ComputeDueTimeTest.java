package org.complaintdesk.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.application.calendar.CalendarFixture.SHANGHAI;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.complaintdesk.application.testing.InMemoryCalendarStore;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComputeDueTimeTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-05T02:00:00Z"), SHANGHAI);
    private final ComputeDueTime computeDueTime = new ComputeDueTime(new CurrentCalendar(
            InMemoryCalendarStore.shipped(Instant.parse("2026-01-01T00:00:00Z")), SHANGHAI, clock, Duration.ofSeconds(60)));

    @Test
    void a_letter_received_on_a_friday_is_answered_by_the_end_of_the_next_friday() {
        // calendar-cn.md: received Friday 2026-03-06, reply within 5 working days: by the end of 2026-03-13.
        ComputeDueTime.Result result = computeDueTime.execute(new ComputeDueTime.Query(at("2026-03-06T15:00"), 5));

        assertThat(result.lastWorkingDay()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(result.due()).isEqualTo(at("2026-03-14T00:00"));
        assertThat(result.provisional()).isFalse();
    }

    @Test
    void a_period_skips_the_national_day_holidays_and_counts_the_make_up_saturday() {
        // Off 10-01 to 10-07; then Thu 8, Fri 9, make-up Sat 10, Mon 12, Tue 13.
        ComputeDueTime.Result result = computeDueTime.execute(new ComputeDueTime.Query(at("2026-09-30T09:00"), 5));

        assertThat(result.lastWorkingDay()).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void a_period_that_runs_into_a_year_without_an_arrangement_is_provisional_and_names_the_year() {
        ComputeDueTime.Result result = computeDueTime.execute(new ComputeDueTime.Query(at("2026-12-28T10:00"), 5));

        // By the weekly rule alone: Tue 29, Wed 30, Thu 31, Fri 2027-01-01, Mon 2027-01-04.
        assertThat(result.lastWorkingDay()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(result.unknownYears()).containsExactly(2027);
        assertThat(result.provisional()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, ComputeDueTime.MAX_WORKING_DAYS + 1})
    void a_period_of_no_working_days_or_of_more_than_a_year_is_refused(int workingDays) {
        assertThatThrownBy(() -> new ComputeDueTime.Query(at("2026-03-06T15:00"), workingDays))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("working_days")));
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }
}
