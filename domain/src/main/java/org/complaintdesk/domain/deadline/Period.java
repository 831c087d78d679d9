package org.complaintdesk.domain.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.domain.calendar.BusinessCalendar;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * How long a clock runs: working days by the official calendar, counted as the law counts them
 * (calendar-cn.md), or wall-clock time, day and night, as 24-hour services count hours.
 *
 * <p>Each kind of period also says which time counts against it: all of it for wall-clock
 * periods, only time on working days for working-day periods. Pauses and warnings are measured in
 * that time.
 */
public sealed interface Period {
    String FORMAT = "PERIOD_FORMAT";

    /** When the period, started at {@code start}, runs out: a step taken before this instant is in time. */
    Instant dueFrom(BusinessCalendar calendar, Instant start);

    /** The time between two instants that counts against this kind of period. */
    Duration counted(BusinessCalendar calendar, Instant from, Instant to);

    /** The instant at which {@code amount} more counted time has passed after {@code from}. */
    Instant after(BusinessCalendar calendar, Instant from, Duration amount);

    /** The instant {@code amount} of counted time before {@code to}. */
    Instant before(BusinessCalendar calendar, Instant to, Duration amount);

    /** The period in the text form of {@link #parse}. */
    String text();

    /** Reads {@code 5wd} (working days), or {@code 30d}, {@code 24h}, {@code 30m} (wall-clock days, hours, minutes). */
    static Period parse(String text) {
        Matcher m = Pattern.compile("(\\d{1,6})(wd|d|h|m)").matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("period", FORMAT,
                    "must be a whole number followed by wd (working days), d, h or m, e.g. 5wd or 24h");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "wd" -> new WorkingDays(n);
            case "d" -> new WallClock(Duration.ofDays(n));
            case "h" -> new WallClock(Duration.ofHours(n));
            default -> new WallClock(Duration.ofMinutes(n));
        };
    }

    /** N working days: the period ends at the end of the N-th working day after the day it starts. */
    record WorkingDays(int days) implements Period {
        public WorkingDays {
            if (days < 1 || days > 366) {
                throw new InvalidValueException("period", FORMAT, "working days must be between 1 and 366");
            }
        }

        @Override
        public Instant dueFrom(BusinessCalendar calendar, Instant start) {
            return calendar.dueAfterWorkingDays(start, days);
        }

        @Override
        public Duration counted(BusinessCalendar calendar, Instant from, Instant to) {
            return calendar.workingTimeBetween(from, to);
        }

        @Override
        public Instant after(BusinessCalendar calendar, Instant from, Duration amount) {
            return WorkingTime.after(calendar, from, amount);
        }

        @Override
        public Instant before(BusinessCalendar calendar, Instant to, Duration amount) {
            return WorkingTime.before(calendar, to, amount);
        }

        @Override
        public String text() {
            return days + "wd";
        }
    }

    /** A span of wall-clock time, in whole minutes. */
    record WallClock(Duration length) implements Period {
        public WallClock {
            Objects.requireNonNull(length, "length");
            if (length.compareTo(Duration.ofMinutes(1)) < 0 || length.toSecondsPart() != 0 || length.toNanosPart() != 0) {
                throw new InvalidValueException("period", FORMAT, "a wall-clock period is a positive number of whole minutes");
            }
        }

        @Override
        public Instant dueFrom(BusinessCalendar calendar, Instant start) {
            return calendar.dueAfter(start, length);
        }

        @Override
        public Duration counted(BusinessCalendar calendar, Instant from, Instant to) {
            return Duration.between(from, to);
        }

        @Override
        public Instant after(BusinessCalendar calendar, Instant from, Duration amount) {
            return from.plus(amount);
        }

        @Override
        public Instant before(BusinessCalendar calendar, Instant to, Duration amount) {
            return to.minus(amount);
        }

        /** In days beyond two days, as the sources set limits of up to 48 hours in hours. */
        @Override
        public String text() {
            if (length.toMinutesPart() != 0) {
                return length.toMinutes() + "m";
            }
            return length.toHoursPart() == 0 && length.toDays() > 2 ? length.toDays() + "d" : length.toHours() + "h";
        }
    }
}
