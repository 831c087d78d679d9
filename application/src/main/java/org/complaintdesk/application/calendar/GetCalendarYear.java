package org.complaintdesk.application.calendar;

import java.util.Objects;
import org.complaintdesk.application.port.out.CalendarStore;

/** Reads one year's arrangement as stored, with its etag. */
public final class GetCalendarYear {
    private final CalendarStore store;

    public GetCalendarYear(CalendarStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public CalendarYear execute(int year) {
        return store.find(year).orElseThrow(() -> new CalendarYearNotFoundException(year));
    }
}
