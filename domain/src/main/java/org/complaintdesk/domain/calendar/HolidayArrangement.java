package org.complaintdesk.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * One year's official holiday arrangement (the State Council notice published each November for
 * the next year): its holidays and make-up working days. A make-up day may lie in the year before
 * (a late-December Saturday worked for New Year), so dates are allowed one year either side.
 * Every broken rule is reported at once, each on the entry of {@code days} as given
 * ({@code days[3].date}).
 */
public record HolidayArrangement(int year, List<CalendarDay> days) {
    public static final String DATE_TWICE = "DATE_DECLARED_TWICE";
    public static final String OUTSIDE_YEAR = "DATE_OUTSIDE_YEAR";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public HolidayArrangement {
        List<FieldViolation> violations = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(new FieldViolation("year", "OUT_OF_RANGE", "must be between " + FIRST_YEAR + " and " + LAST_YEAR));
        }
        violations.addAll(dateViolations(year, days.stream().map(CalendarDay::date).toList()));
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    /**
     * The rules on the dates of a year's arrangement as a whole, each broken one reported on its
     * entry ({@code days[i].date}) in the order given: no date twice (the later entry is named),
     * none more than a year away. A null stands for an entry without a valid date, which keeps
     * the places of the others; callers that check entries one by one report it themselves.
     */
    public static List<FieldViolation> dateViolations(int year, List<LocalDate> dates) {
        return dateViolations(OptionalInt.of(year), dates);
    }

    /**
     * Like {@link #dateViolations(int, List)}, for a year that may be unknown (a request that
     * names no valid year): then only the rule that needs no year, no date twice, is judged.
     */
    public static List<FieldViolation> dateViolations(OptionalInt year, List<LocalDate> dates) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (date == null) {
                continue;
            }
            if (!seen.add(date)) {
                violations.add(new FieldViolation("days[" + i + "].date", DATE_TWICE, date + " is declared twice"));
            }
            if (year.isPresent() && Math.abs(date.getYear() - year.getAsInt()) > 1) {
                violations.add(new FieldViolation("days[" + i + "].date", OUTSIDE_YEAR,
                        date + " is too far from " + year.getAsInt()));
            }
        }
        return violations;
    }
}
