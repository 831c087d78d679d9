package org.complaintdesk.application.calendar;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.organisation.UserId;

/**
 * One year's official arrangement as stored: the arrangement, its version (the API's etag), and
 * who changed it last and when. The arrangements shipped with the service were stored by the
 * migration that created the calendar.
 */
public record CalendarYear(HolidayArrangement arrangement, long version, Instant updatedAt, UserId updatedBy) {
    public CalendarYear {
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        if (version < 1) {
            throw new IllegalArgumentException("a stored year starts at version 1, was " + version);
        }
    }

    public int year() {
        return arrangement.year();
    }
}
