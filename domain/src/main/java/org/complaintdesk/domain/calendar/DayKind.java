package org.complaintdesk.domain.calendar;

/** How an official arrangement changes a date from the weekly rule (Monday to Friday work). */
public enum DayKind {
    /** A public holiday: no work, even on a weekday. */
    HOLIDAY,
    /** A make-up working day (调休上班): work, even on a Saturday or Sunday. */
    MAKE_UP_WORKING_DAY
}
