package org.complaintdesk.application.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.DayKind;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/** Arrangements and actors for the calendar use cases. */
final class CalendarFixture {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private CalendarFixture() {
    }

    /** A 2027 arrangement with New Year's Day only, as a first draft of that year's notice might be. */
    static HolidayArrangement newYear2027() {
        return new HolidayArrangement(2027, List.of(holiday("2027-01-01", "New Year's Day")));
    }

    static CalendarDay holiday(String date, String name) {
        return new CalendarDay(LocalDate.parse(date), DayKind.HOLIDAY, name);
    }

    static CalendarDay makeUpDay(String date, String name) {
        return new CalendarDay(LocalDate.parse(date), DayKind.MAKE_UP_WORKING_DAY, name);
    }

    static Actor actor(Role role) {
        return new Actor(new UserId(role.name().toLowerCase() + "-1"), role, new OrgUnitId("gridco/office"));
    }

    static UpdateCalendarYear.Command create(HolidayArrangement arrangement, Role role) {
        return new UpdateCalendarYear.Command(arrangement, OptionalLong.empty(), actor(role));
    }

    static UpdateCalendarYear.Command replace(HolidayArrangement arrangement, long etag, Role role) {
        return new UpdateCalendarYear.Command(arrangement, OptionalLong.of(etag), actor(role));
    }
}
