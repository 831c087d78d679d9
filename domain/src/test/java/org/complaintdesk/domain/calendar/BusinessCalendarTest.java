package org.complaintdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days by the official calendar and periods counted as calendar-cn.md says. */
class BusinessCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessCalendar calendar = BusinessCalendar.of(SHANGHAI, OfficialArrangements.shipped());

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-03-06, true",   // an ordinary Friday
            "2026-03-07, false",  // an ordinary Saturday
            "2026-02-16, false",  // Spring Festival, a Monday
            "2026-02-14, true",   // Spring Festival make-up Saturday
            "2026-02-28, true",   // Spring Festival make-up Saturday after the holiday
            "2026-10-01, false",  // National Day
            "2026-10-10, true",   // National Day make-up Saturday
            "2026-09-20, true",   // National Day make-up Sunday, before the holiday
            "2026-01-02, false",  // New Year, a Friday
            "2026-01-04, true",   // New Year make-up Sunday
            "2025-02-08, true",   // 2025 Spring Festival make-up Saturday
            "2025-10-08, false",  // 2025 National Day and Mid-Autumn, a Wednesday
    })
    void the_official_arrangement_overrides_the_weekly_rule(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void a_letter_received_on_a_friday_is_answered_by_the_end_of_the_next_friday() {
        // calendar-cn.md's own example.
        Instant due = calendar.dueAfterWorkingDays(at("2026-03-06T15:00"), 5);

        assertThat(due).isEqualTo(at("2026-03-14T00:00"));
    }

    @Test
    void a_letter_received_on_the_last_working_day_before_national_day_is_due_five_working_days_later() {
        // 09-30 (Wed) is the last working day; 10-01..07 off; 10-08 Thu, 10-09 Fri, 10-10 make-up Sat,
        // 10-12 Mon, 10-13 Tue.
        Instant due = calendar.dueAfterWorkingDays(at("2026-09-30T16:45"), 5);

        assertThat(calendar.nthWorkingDayAfter(at("2026-09-30T16:45"), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(due).isEqualTo(at("2026-10-14T00:00"));
    }

    @Test
    void a_period_across_spring_festival_counts_the_make_up_saturdays_and_skips_the_holiday() {
        // Received Fri 02-13: 02-14 make-up Sat (1), holiday 02-15..23, 02-24 (2), 25 (3), 26 (4), 27 (5).
        assertThat(calendar.nthWorkingDayAfter(at("2026-02-13T10:00"), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        // Three more: 02-28 make-up Sat (6), 03-02 Mon (7).
        assertThat(calendar.nthWorkingDayAfter(at("2026-02-13T10:00"), 7)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_period_across_the_year_boundary_follows_both_years_arrangements() {
        // 2025-12-31 Wed; 2026-01-01..03 off; 2026-01-04 is a make-up Sunday.
        assertThat(calendar.nthWorkingDayAfter(at("2025-12-31T09:00"), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(calendar.nthWorkingDayAfter(at("2025-12-31T09:00"), 2)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void a_period_starting_on_a_holiday_starts_counting_on_the_first_working_day_after() {
        assertThat(calendar.nthWorkingDayAfter(at("2026-10-03T11:00"), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.nthWorkingDayAfter(at("2025-01-29T11:00"), 1)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void the_day_of_the_event_counts_in_the_calendars_zone_not_in_utc() {
        // 2026-03-09T00:30 in Shanghai is Monday there but still Sunday 16:30 in UTC.
        Instant mondayInShanghai = at("2026-03-09T00:30");

        assertThat(calendar.dateOf(mondayInShanghai)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.nthWorkingDayAfter(mondayInShanghai, 1)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void an_hourly_limit_runs_on_the_wall_clock_through_holidays() {
        Instant start = at("2026-10-01T22:00");

        assertThat(calendar.dueAfter(start, Duration.ofHours(24))).isEqualTo(at("2026-10-02T22:00"));
    }

    @Test
    void working_time_between_two_instants_leaves_out_holidays_and_weekends() {
        // Thu 09-24 12:00 -> Mon 09-28 12:00: Thu afternoon 12 h; 09-25..27 Mid-Autumn off; Mon morning 12 h.
        assertThat(calendar.workingTimeBetween(at("2026-09-24T12:00"), at("2026-09-28T12:00")))
                .isEqualTo(Duration.ofHours(24));
        // Across National Day: Wed 09-30 18:00 -> Thu 10-08 06:00: 6 h + 6 h.
        assertThat(calendar.workingTimeBetween(at("2026-09-30T18:00"), at("2026-10-08T06:00")))
                .isEqualTo(Duration.ofHours(12));
        assertThat(calendar.workingTimeBetween(at("2026-10-08T06:00"), at("2026-09-30T18:00")))
                .isEqualTo(Duration.ofHours(-12));
    }

    @Test
    void the_next_working_day_after_a_holiday_evening_is_the_first_day_back() {
        assertThat(calendar.startOfNextWorkingDay(at("2026-10-06T20:00"))).isEqualTo(at("2026-10-08T00:00"));
        assertThat(calendar.startOfNextWorkingDay(at("2026-10-08T00:00"))).isEqualTo(at("2026-10-08T00:00"));
        assertThat(calendar.startOfNextWorkingDay(at("2026-10-08T09:00"))).isEqualTo(at("2026-10-09T00:00"));
    }

    @Test
    void a_year_without_an_arrangement_follows_the_weekly_rule_and_says_it_is_not_known() {
        LocalDate newYear2027 = LocalDate.of(2027, 1, 1);

        assertThat(calendar.knows(newYear2027)).isFalse();
        assertThat(calendar.knows(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(calendar.isWorkingDay(newYear2027)).isTrue();
    }

    @Test
    void a_holiday_added_later_moves_the_deadline() {
        var extra = new HolidayArrangement(2027, List.of(
                new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "New Year's Day")));
        BusinessCalendar with2027 = BusinessCalendar.of(SHANGHAI,
                List.of(OfficialArrangements.cn2025(), OfficialArrangements.cn2026(), extra));

        Instant lastWorkingDayOf2026 = at("2026-12-31T10:00");
        assertThat(calendar.nthWorkingDayAfter(lastWorkingDayOf2026, 1)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(with2027.nthWorkingDayAfter(lastWorkingDayOf2026, 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void a_make_up_working_day_must_fall_on_a_weekend() {
        assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2026, 10, 9), DayKind.MAKE_UP_WORKING_DAY, "National Day"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo(CalendarDay.MAKE_UP_ON_WEEKDAY));
    }

    @Test
    void an_arrangement_declares_each_date_once_and_only_near_its_year() {
        var holiday = new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "National Day");

        assertThatThrownBy(() -> new HolidayArrangement(2026, List.of(holiday, holiday)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo(HolidayArrangement.DATE_TWICE));
        assertThatThrownBy(() -> new HolidayArrangement(2024, List.of(holiday)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo(HolidayArrangement.OUTSIDE_YEAR));
    }

    @Test
    void the_shipped_arrangements_have_the_official_number_of_days_off() {
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 = 28 days off, 5 make-up days; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 = 33 off, 6 make-up.
        assertThat(OfficialArrangements.cn2025().days()).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(28);
        assertThat(OfficialArrangements.cn2025().days()).filteredOn(d -> d.kind() == DayKind.MAKE_UP_WORKING_DAY).hasSize(5);
        assertThat(OfficialArrangements.cn2026().days()).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(33);
        assertThat(OfficialArrangements.cn2026().days()).filteredOn(d -> d.kind() == DayKind.MAKE_UP_WORKING_DAY).hasSize(6);
    }

    private static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(SHANGHAI).toInstant();
    }
}
