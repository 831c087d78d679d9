package org.complaintdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** One date the official arrangement declares off or on, and the holiday it belongs to (e.g. "Spring Festival"). */
public record CalendarDay(LocalDate date, DayKind kind, String holiday) {
    public static final String MAKE_UP_ON_WEEKDAY = "MAKE_UP_DAY_ON_WEEKDAY";

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        holiday = Text.required("holiday", holiday, 60);
        // A weekday is a working day anyway: declaring it a make-up day is a typo for another date.
        if (kind == DayKind.MAKE_UP_WORKING_DAY && !isWeekend(date)) {
            throw new InvalidValueException("date", MAKE_UP_ON_WEEKDAY,
                    "a make-up working day must fall on a Saturday or Sunday, " + date + " is a " + date.getDayOfWeek());
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
