package org.complaintdesk.application.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.complaintdesk.domain.calendar.BusinessCalendar;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * When a period of N working days from a given moment runs out, by the current calendar, counted
 * as the law counts it (calendar-cn.md): a hotline agent can tell a complainant by when the reply
 * is due. A year without a stored arrangement is counted by the weekly rule alone, so the answer
 * names such years and is provisional.
 */
public final class ComputeDueTime {
    /** About a year of working days: far beyond any time limit of the complaint process. */
    public static final int MAX_WORKING_DAYS = 250;

    public record Query(Instant start, int workingDays) {
        public Query {
            Objects.requireNonNull(start, "start");
            checkWorkingDays(workingDays);
        }

        /**
         * The length of a period, if it is one this use case counts.
         *
         * @throws InvalidValueException on {@code working_days} if it is not between 1 and {@value ComputeDueTime#MAX_WORKING_DAYS}
         */
        public static int checkWorkingDays(int workingDays) {
            if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
                throw new InvalidValueException("working_days", "OUT_OF_RANGE",
                        "must be between 1 and " + MAX_WORKING_DAYS);
            }
            return workingDays;
        }
    }

    /**
     * @param due            the first instant after the last working day of the period: a step
     *                       done before it is in time
     * @param lastWorkingDay the N-th working day after the start's date
     * @param unknownYears   the years from the start's date to the last working day without a
     *                       stored arrangement
     */
    public record Result(Instant due, LocalDate lastWorkingDay, SortedSet<Integer> unknownYears) {
        public Result {
            unknownYears = Collections.unmodifiableSortedSet(new TreeSet<>(unknownYears));
        }

        /** Whether the answer may still move when a missing year's arrangement arrives. */
        public boolean provisional() {
            return !unknownYears.isEmpty();
        }
    }

    private final CurrentCalendar calendar;

    public ComputeDueTime(CurrentCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public Result execute(Query query) {
        BusinessCalendar current = calendar.current();
        LocalDate last = current.nthWorkingDayAfter(query.start(), query.workingDays());
        SortedSet<Integer> unknown = new TreeSet<>();
        for (int year = current.dateOf(query.start()).getYear(); year <= last.getYear(); year++) {
            if (!current.knows(LocalDate.of(year, 1, 1))) {
                unknown.add(year);
            }
        }
        return new Result(current.dueAfterWorkingDays(query.start(), query.workingDays()), last, unknown);
    }
}
