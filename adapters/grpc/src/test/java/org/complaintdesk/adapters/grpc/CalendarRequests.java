package org.complaintdesk.adapters.grpc;

import com.google.type.Date;
import org.complaintdesk.api.v1.CalendarDay;
import org.complaintdesk.api.v1.CalendarYear;
import org.complaintdesk.api.v1.UpdateCalendarYearRequest;

/** CalendarService requests as an administration tool sends them. */
final class CalendarRequests {

    private CalendarRequests() {
    }

    static Date date(int year, int month, int day) {
        return Date.newBuilder().setYear(year).setMonth(month).setDay(day).build();
    }

    static CalendarDay holiday(Date date, String holiday) {
        return CalendarDay.newBuilder().setDate(date).setKind(CalendarDay.Kind.KIND_HOLIDAY).setHoliday(holiday).build();
    }

    static CalendarDay makeUpDay(Date date, String holiday) {
        return CalendarDay.newBuilder().setDate(date).setKind(CalendarDay.Kind.KIND_MAKE_UP_WORKING_DAY)
                .setHoliday(holiday).build();
    }

    /** Replaces the year named with exactly these days, based on the given etag. */
    static UpdateCalendarYearRequest replace(String name, String etag, CalendarDay... days) {
        return UpdateCalendarYearRequest.newBuilder()
                .setCalendarYear(CalendarYear.newBuilder().setName(name).setEtag(etag).addAllDays(java.util.List.of(days)))
                .build();
    }

    /** Creates a year that is not stored yet. */
    static UpdateCalendarYearRequest create(String name, CalendarDay... days) {
        return replace(name, "", days).toBuilder().setAllowMissing(true).build();
    }
}
