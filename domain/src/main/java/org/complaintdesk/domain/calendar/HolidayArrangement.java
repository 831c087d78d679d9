package org.complaintdesk.domain.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * One year's official holiday arrangement (the State Council notice published each November for
 * the next year): its holidays and make-up working days. A make-up day may lie in the year before
 * (a late-December Saturday worked for New Year), so dates are allowed one year either side.
 */
public record HolidayArrangement(int year, List<CalendarDay> days) {
    public static final String DATE_TWICE = "DATE_DECLARED_TWICE";
    public static final String OUTSIDE_YEAR = "DATE_OUTSIDE_YEAR";

    public HolidayArrangement {
        if (year < 2000 || year > 2100) {
            throw new InvalidValueException("year", "OUT_OF_RANGE", "must be between 2000 and 2100");
        }
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay day : days) {
            if (!seen.add(day.date())) {
                throw new InvalidValueException("days", DATE_TWICE, day.date() + " is declared twice");
            }
            if (Math.abs(day.date().getYear() - year) > 1) {
                throw new InvalidValueException("days", OUTSIDE_YEAR, day.date() + " is too far from " + year);
            }
        }
    }
}
