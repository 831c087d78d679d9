package org.complaintdesk.adapters.grpc;

import com.google.type.Date;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** google.type.Date and LocalDate, for full calendar dates only (no year-less or month-less dates). */
final class ProtoDate {

    private ProtoDate() {
    }

    /**
     * The date a message stands for.
     *
     * @throws InvalidValueException on {@code field}: REQUIRED when it is unset, FORMAT when it is
     *                               not a full, existing date
     */
    static LocalDate toLocalDate(String field, boolean present, Date date) {
        if (!present) {
            throw new InvalidValueException(field, Text.REQUIRED, "must be set");
        }
        // google.type.Date allows year 0 or day 0 for partial dates; a calendar day needs all three.
        if (date.getYear() < 1 || date.getMonth() < 1 || date.getDay() < 1) {
            throw malformed(field);
        }
        try {
            return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
        } catch (DateTimeException noSuchDay) {
            throw malformed(field);
        }
    }

    private static InvalidValueException malformed(String field) {
        return new InvalidValueException(field, Text.FORMAT,
                "must be a full calendar date with year, month and day, e.g. {year: 2027, month: 1, day: 1}");
    }

    static Date toDate(LocalDate date) {
        return Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
    }
}
