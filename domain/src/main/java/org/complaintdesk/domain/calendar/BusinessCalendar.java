package org.complaintdesk.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in a time zone, by the official calendar: Monday to Friday are working days unless
 * declared holidays; declared make-up days are working days even on a weekend. Periods are
 * counted as Chinese law counts them (see calendar-cn.md): the day of the event is not counted,
 * and a period of N working days ends at the end of the N-th working day after it.
 *
 * <p>Years without a loaded arrangement follow the weekly rule alone; {@link #knows} tells the
 * caller so that such deadlines can be shown as provisional. Immutable: a changed arrangement
 * makes a new calendar.
 */
public final class BusinessCalendar {
    /** Far beyond any time limit; a guard against a calendar without working days. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final ZoneId zone;
    private final Map<LocalDate, DayKind> declared;
    private final Set<Integer> knownYears;

    private BusinessCalendar(ZoneId zone, Map<LocalDate, DayKind> declared, Set<Integer> knownYears) {
        this.zone = zone;
        this.declared = Map.copyOf(declared);
        this.knownYears = Set.copyOf(knownYears);
    }

    public static BusinessCalendar of(ZoneId zone, Collection<HolidayArrangement> arrangements) {
        Objects.requireNonNull(zone, "zone");
        Map<LocalDate, DayKind> declared = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        for (HolidayArrangement arrangement : arrangements) {
            if (!years.add(arrangement.year())) {
                throw new IllegalArgumentException("two arrangements for " + arrangement.year());
            }
            for (CalendarDay day : arrangement.days()) {
                DayKind before = declared.put(day.date(), day.kind());
                if (before != null && before != day.kind()) {
                    throw new IllegalArgumentException(day.date() + " is declared both " + before + " and " + day.kind());
                }
            }
        }
        return new BusinessCalendar(zone, declared, years);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the official arrangement of the date's year is loaded. */
    public boolean knows(LocalDate date) {
        return knownYears.contains(date.getYear());
    }

    public Set<Integer> knownYears() {
        return knownYears;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = declared.get(date);
        if (kind != null) {
            return kind == DayKind.MAKE_UP_WORKING_DAY;
        }
        return !CalendarDay.isWeekend(date);
    }

    /** The date of {@code instant} in this calendar's zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The N-th working day after the date of {@code start}, not counting that date itself. */
    public LocalDate nthWorkingDayAfter(Instant start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        LocalDate day = dateOf(start);
        int counted = 0;
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++) {
            day = day.plusDays(1);
            if (isWorkingDay(day) && ++counted == workingDays) {
                return day;
            }
        }
        throw new IllegalStateException("no " + workingDays + " working days within " + MAX_DAYS_SEARCHED + " days");
    }

    /**
     * When a period of N working days from {@code start} runs out: the end of the N-th working day
     * after it, given as the first instant after that day (midnight in this zone). A step done
     * before this instant is in time.
     */
    public Instant dueAfterWorkingDays(Instant start, int workingDays) {
        return startOf(nthWorkingDayAfter(start, workingDays).plusDays(1));
    }

    /** A period in hours runs on the wall clock, day and night, as 24-hour services do. */
    public Instant dueAfter(Instant start, Duration period) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("period must not be negative, was " + period);
        }
        return start.plus(period);
    }

    /** The time between two instants that falls on working days (whole days count 24 hours). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate day = dateOf(from);
        LocalDate last = dateOf(to);
        while (!day.isAfter(last)) {
            if (isWorkingDay(day)) {
                Instant dayStart = startOf(day);
                Instant dayEnd = startOf(day.plusDays(1));
                Instant a = from.isAfter(dayStart) ? from : dayStart;
                Instant b = to.isBefore(dayEnd) ? to : dayEnd;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            day = day.plusDays(1);
        }
        return total;
    }

    /** The first instant of the next working day after {@code instant}'s date, or of that date if it is one and has not begun. */
    public Instant startOfNextWorkingDay(Instant instant) {
        LocalDate day = dateOf(instant);
        if (isWorkingDay(day) && startOf(day).equals(instant)) {
            return instant;
        }
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                return startOf(day);
            }
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS_SEARCHED + " days");
    }

    private Instant startOf(LocalDate date) {
        return ZonedDateTime.of(date.atStartOfDay(), zone).toInstant();
    }
}
