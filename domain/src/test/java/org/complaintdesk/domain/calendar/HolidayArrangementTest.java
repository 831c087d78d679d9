package org.complaintdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class HolidayArrangementTest {

    @Test
    void every_bad_entry_is_reported_at_once_under_its_place_in_the_list_as_given() {
        var nationalDay = new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "National Day");
        var tooEarly = new CalendarDay(LocalDate.of(2024, 12, 31), DayKind.HOLIDAY, "New Year's Eve");

        assertThatThrownBy(() -> new HolidayArrangement(2026, List.of(nationalDay, tooEarly, nationalDay)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                tuple("days[1].date", HolidayArrangement.OUTSIDE_YEAR),
                                tuple("days[2].date", HolidayArrangement.DATE_TWICE)));
    }

    @Test
    void the_days_are_kept_in_date_order_whatever_the_order_given() {
        var later = new CalendarDay(LocalDate.of(2026, 10, 2), DayKind.HOLIDAY, "National Day");
        var earlier = new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "National Day");

        assertThat(new HolidayArrangement(2026, List.of(later, earlier)).days()).containsExactly(earlier, later);
    }

    @Test
    void a_make_up_day_on_a_weekday_without_a_holiday_name_reports_both_rules() {
        LocalDate thursday = LocalDate.of(2026, 10, 8);

        assertThatThrownBy(() -> new CalendarDay(thursday, DayKind.MAKE_UP_WORKING_DAY, " "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                tuple("holiday", "REQUIRED"),
                                tuple("date", CalendarDay.MAKE_UP_ON_WEEKDAY)));
    }

    @Test
    void without_a_known_year_only_a_date_declared_twice_is_judged() {
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);

        assertThat(HolidayArrangement.dateViolations(OptionalInt.empty(), Arrays.asList(nationalDay, null, nationalDay)))
                .extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("days[2].date", HolidayArrangement.DATE_TWICE));
    }
}
