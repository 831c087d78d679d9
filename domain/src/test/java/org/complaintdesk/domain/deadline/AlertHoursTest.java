package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.domain.deadline.ClockFixture.CALENDAR;
import static org.complaintdesk.domain.deadline.ClockFixture.at;

import java.time.LocalTime;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Holding warnings and breaches raised outside office hours until the next working hour. */
class AlertHoursTest {
    private static final AlertHours OFFICE = AlertHours.office(LocalTime.of(8, 30), LocalTime.of(17, 30));

    @Test
    void within_office_hours_of_a_working_day_an_alert_goes_at_once() {
        assertThat(OFFICE.releaseAt(at("2026-03-04T10:00"), CALENDAR)).isEqualTo(at("2026-03-04T10:00"));
        assertThat(OFFICE.releaseAt(at("2026-03-04T08:30"), CALENDAR)).isEqualTo(at("2026-03-04T08:30"));
    }

    @Test
    void before_opening_it_waits_for_the_opening_and_after_closing_for_the_next_working_morning() {
        assertThat(OFFICE.releaseAt(at("2026-03-04T06:10"), CALENDAR)).isEqualTo(at("2026-03-04T08:30"));
        assertThat(OFFICE.releaseAt(at("2026-03-04T17:30"), CALENDAR)).isEqualTo(at("2026-03-05T08:30"));
    }

    @Test
    void over_a_weekend_and_a_holiday_it_waits_for_the_next_working_day() {
        // Friday night to Monday.
        assertThat(OFFICE.releaseAt(at("2026-03-06T22:00"), CALENDAR)).isEqualTo(at("2026-03-09T08:30"));
        // The eve of National Day 2026 to Thursday 8 October, past the holiday.
        assertThat(OFFICE.releaseAt(at("2026-09-30T19:00"), CALENDAR)).isEqualTo(at("2026-10-08T08:30"));
        // A make-up Saturday is a working day.
        assertThat(OFFICE.releaseAt(at("2026-10-09T20:00"), CALENDAR)).isEqualTo(at("2026-10-10T08:30"));
    }

    @Test
    void without_office_hours_nothing_is_held() {
        assertThat(AlertHours.ALWAYS.releaseAt(at("2026-10-03T03:00"), CALENDAR)).isEqualTo(at("2026-10-03T03:00"));
        assertThat(AlertHours.parse("")).isEqualTo(AlertHours.ALWAYS);
        assertThat(AlertHours.parse("08:30-17:30")).isEqualTo(OFFICE);
    }

    @Test
    void a_range_that_is_not_one_is_refused() {
        assertThatThrownBy(() -> AlertHours.parse("17:30-08:30")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AlertHours.parse("nine to five")).isInstanceOf(InvalidValueException.class);
    }
}
