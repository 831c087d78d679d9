package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.calendar.BusinessCalendar;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * When warnings and breaches are passed on to people. Without office hours they go at once; with
 * them, one that falls outside the office hours of a working day is held until the next working
 * hour starts (the record of the warning or breach itself is made at once either way).
 */
public record AlertHours(Optional<LocalTime> opens, Optional<LocalTime> closes) {
    public static final AlertHours ALWAYS = new AlertHours(Optional.empty(), Optional.empty());

    public AlertHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (opens.isPresent() != closes.isPresent()) {
            throw new InvalidValueException("alert_hours", "HALF_OPEN", "give both the opening and the closing time");
        }
        if (opens.isPresent() && !opens.get().isBefore(closes.get())) {
            throw new InvalidValueException("alert_hours", "CLOSES_BEFORE_OPENING", "must open before it closes");
        }
    }

    public static AlertHours office(LocalTime opens, LocalTime closes) {
        return new AlertHours(Optional.of(opens), Optional.of(closes));
    }

    /** Parses {@code HH:MM-HH:MM}, or an empty text for {@link #ALWAYS}. */
    public static AlertHours parse(String text) {
        if (text == null || text.isBlank()) {
            return ALWAYS;
        }
        String[] parts = text.strip().split("-");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException(text);
            }
            return office(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (RuntimeException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("alert_hours", "NOT_A_TIME_RANGE", "expected HH:MM-HH:MM, got " + text);
        }
    }

    /** When an alert raised at {@code raised} may go out: then, or when the next working hour starts. */
    public Instant releaseAt(Instant raised, BusinessCalendar calendar) {
        if (opens.isEmpty()) {
            return raised;
        }
        LocalDate day = calendar.dateOf(raised);
        LocalTime time = raised.atZone(calendar.zone()).toLocalTime();
        if (calendar.isWorkingDay(day) && !time.isBefore(opens.get()) && time.isBefore(closes.get())) {
            return raised;
        }
        LocalDate next = calendar.isWorkingDay(day) && time.isBefore(opens.get()) ? day : day.plusDays(1);
        // A year whose arrangement is not loaded counts Monday to Friday, as the calendar does.
        for (int i = 0; i < 400 && !calendar.isWorkingDay(next); i++) {
            next = next.plusDays(1);
        }
        return next.atTime(opens.get()).atZone(calendar.zone()).toInstant();
    }
}
