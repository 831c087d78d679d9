package org.complaintdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** One date the official arrangement declares off or on, and the holiday it belongs to (e.g. "Spring Festival"). */
public record CalendarDay(LocalDate date, DayKind kind, String holiday) {
    public static final String MAKE_UP_ON_WEEKDAY = "MAKE_UP_DAY_ON_WEEKDAY";

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        // The holiday's name and the date are judged each on its own, and reported together.
        var violations = new Violations();
        holiday = Text.required(violations, "holiday", holiday, 60);
        // A weekday is a working day anyway: declaring it a make-up day is a typo for another date.
        if (kind == DayKind.MAKE_UP_WORKING_DAY && !isWeekend(date)) {
            violations.add("date", MAKE_UP_ON_WEEKDAY,
                    "a make-up working day must fall on a Saturday or Sunday, " + date + " is a " + date.getDayOfWeek());
        }
        violations.throwIfAny();
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
