package org.complaintdesk.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.complaintdesk.application.calendar.CalendarYear;
import org.complaintdesk.application.calendar.StaleCalendarYearException;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * Stores the official holiday arrangements, one per calendar year, each with the version that
 * guards it against lost updates and who changed it last. A date belongs to at most one year's
 * arrangement.
 */
public interface CalendarStore {

    /** Every stored year, earliest first. */
    List<CalendarYear> all();

    Optional<CalendarYear> find(int year);

    /**
     * Makes {@code arrangement} the whole of its year, atomically: the year's days are replaced,
     * its version goes one up and {@code by} and {@code at} are recorded. With
     * {@code expectedVersion} the stored year must still be at that version; without it the year
     * must not be stored yet, and is created at version 1.
     *
     * @return the year as stored
     * @throws StaleCalendarYearException if the year is not as expected; nothing is stored
     * @throws InvalidValueException      on {@code days} if a date is declared by another year's
     *                                    arrangement; nothing is stored
     */
    CalendarYear replace(HolidayArrangement arrangement, OptionalLong expectedVersion, UserId by, Instant at);
}
