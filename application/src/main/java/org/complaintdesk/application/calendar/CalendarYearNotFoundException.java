package org.complaintdesk.application.calendar;

import org.complaintdesk.domain.validation.DomainException;

/** No arrangement is stored for the year asked for. */
public final class CalendarYearNotFoundException extends DomainException {
    public static final String RULE = "CALENDAR_YEAR_NOT_FOUND";
    private final int year;

    public CalendarYearNotFoundException(int year) {
        super(RULE, "no arrangement is stored for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
