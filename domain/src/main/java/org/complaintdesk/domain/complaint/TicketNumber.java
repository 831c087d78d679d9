package org.complaintdesk.domain.complaint;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * The human-readable ticket number (002 1.1.8): {@code TS}, the registration date as yyyyMMdd,
 * and that day's sequence number with at least six digits, e.g. {@code TS20261123000123}.
 */
public record TicketNumber(String value) {
    public static final String FIELD = "ticket_number";
    private static final String PREFIX = "TS";
    private static final Pattern FORMAT = Pattern.compile("TS(\\d{8})(\\d{6,12})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public TicketNumber {
        // Every rule the number breaks is reported: its length and form, and, once it has the
        // form, both its date and its sequence.
        var violations = new Violations();
        value = Text.required(violations, FIELD, value, 32);
        if (value != null && !violations.has(FIELD, Text.FORMAT)) {
            var m = FORMAT.matcher(value);
            if (!m.matches()) {
                violations.add(FIELD, Text.FORMAT,
                        "must be TS, a date as yyyyMMdd and a sequence of at least 6 digits, e.g. TS20261123000123");
            } else {
                try {
                    LocalDate.parse(m.group(1), DAY);
                } catch (DateTimeException e) {
                    violations.add(FIELD, Text.FORMAT, "must carry a valid calendar date");
                }
                if (Long.parseLong(m.group(2)) == 0) {
                    violations.add(FIELD, Text.FORMAT, "sequence starts at 1");
                }
            }
        }
        violations.throwIfAny();
    }

    public static TicketNumber of(LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive");
        }
        return new TicketNumber(PREFIX + day.format(DAY) + String.format("%06d", sequence));
    }

    public static boolean looksLikeOne(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public LocalDate day() {
        return LocalDate.parse(value.substring(2, 10), DAY);
    }

    public long sequence() {
        return Long.parseLong(value.substring(10));
    }

    @Override
    public String toString() {
        return value;
    }
}
