package org.complaintdesk.domain.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintdesk.domain.calendar.BusinessCalendar;

/**
 * Moves an instant by an amount of working time: time on working days counts (a whole working day
 * counts 24 hours, as {@link BusinessCalendar#workingTimeBetween} counts it), weekends and
 * holidays do not.
 */
final class WorkingTime {
    /** Far beyond any time limit; a guard against a calendar without working days. */
    private static final int MAX_DAYS_WALKED = 3660;

    private WorkingTime() {
    }

    /** The instant at which {@code amount} of working time has passed after {@code from}. */
    static Instant after(BusinessCalendar calendar, Instant from, Duration amount) {
        Instant at = from;
        Duration left = amount;
        for (int walked = 0; walked < MAX_DAYS_WALKED; walked++) {
            if (left.isZero()) {
                return at;
            }
            LocalDate day = calendar.dateOf(at);
            Instant dayEnd = startOf(calendar, day.plusDays(1));
            if (calendar.isWorkingDay(day)) {
                Duration rest = Duration.between(at, dayEnd);
                if (left.compareTo(rest) <= 0) {
                    return at.plus(left);
                }
                left = left.minus(rest);
            }
            at = dayEnd;
        }
        throw new IllegalStateException("no " + amount + " of working time within " + MAX_DAYS_WALKED + " days");
    }

    /** The instant {@code amount} of working time before {@code to}. */
    static Instant before(BusinessCalendar calendar, Instant to, Duration amount) {
        Instant at = to;
        Duration left = amount;
        for (int walked = 0; walked < MAX_DAYS_WALKED; walked++) {
            if (left.isZero()) {
                return at;
            }
            // The day that ends at (or runs through) {@code at}.
            LocalDate day = calendar.dateOf(at.minusNanos(1));
            Instant dayStart = startOf(calendar, day);
            if (calendar.isWorkingDay(day)) {
                Duration rest = Duration.between(dayStart, at);
                if (left.compareTo(rest) <= 0) {
                    return at.minus(left);
                }
                left = left.minus(rest);
            }
            at = dayStart;
        }
        throw new IllegalStateException("no " + amount + " of working time within " + MAX_DAYS_WALKED + " days");
    }

    private static Instant startOf(BusinessCalendar calendar, LocalDate date) {
        return date.atStartOfDay(calendar.zone()).toInstant();
    }
}
