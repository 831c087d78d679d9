package org.complaintdesk.application.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Complaints received in one ISO week of the month, the week cut to the month's days:
 * {@code firstDay} to {@code lastDay} inclusive.
 */
public record WeekCount(int number, LocalDate firstDay, LocalDate lastDay, long received) {
    public WeekCount {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay) || number < 1 || received < 0) {
            throw new IllegalArgumentException("a week runs forwards, is numbered from 1 and counts no negative number");
        }
    }
}
