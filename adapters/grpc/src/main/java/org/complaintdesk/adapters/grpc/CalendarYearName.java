package org.complaintdesk.adapters.grpc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** A calendar year's resource name, {@code calendarYears/{calendar_year}}: the year in four digits. */
final class CalendarYearName {
    static final String PREFIX = "calendarYears/";
    // Names are compared as strings (AIP-122): one spelling per year, so no sign and no other width.
    private static final Pattern FORM = Pattern.compile("calendarYears/([0-9]{4})");

    private CalendarYearName() {
    }

    static String of(int year) {
        return PREFIX + year;
    }

    /**
     * The year a requested name stands for.
     *
     * @throws InvalidValueException on {@code field} if it is missing or not of the form
     */
    static int parse(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(field, Text.REQUIRED, "must not be blank");
        }
        Matcher matcher = FORM.matcher(name);
        if (!matcher.matches()) {
            throw new InvalidValueException(field, Text.FORMAT,
                    "must be calendarYears/ followed by the year in four digits, e.g. calendarYears/2027");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
