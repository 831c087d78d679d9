package org.complaintdesk.application.warning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The time a rule looks at: the last {@code length} up to now (rolling), or the calendar day, ISO
 * week or month of now in the business zone. A warning stands for its window; the rule raises
 * again only in a window that does not overlap it: for a rolling window, one that starts after
 * the raised one ended.
 */
public record WarningWindow(Kind kind, Duration length) {
    public static final Duration MAX_ROLLING = Duration.ofDays(31);

    /** Rolling, or a calendar period. */
    public enum Kind {
        ROLLING, DAY, WEEK, MONTH
    }

    /** The instants [from, to) of a window. */
    public record Bounds(Instant from, Instant to) {
        public Bounds {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a window ends after it starts: " + from + " to " + to);
            }
        }
    }

    public WarningWindow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(length, "length");
        if (kind == Kind.ROLLING && (length.compareTo(Duration.ofMinutes(1)) < 0 || length.compareTo(MAX_ROLLING) > 0)) {
            throw new IllegalArgumentException("a rolling window lasts 1 minute to 31 days, was " + length);
        }
        if (kind != Kind.ROLLING && !length.isZero()) {
            throw new IllegalArgumentException("a calendar window has no length of its own");
        }
    }

    public static WarningWindow rolling(Duration length) {
        return new WarningWindow(Kind.ROLLING, length);
    }

    public static WarningWindow calendar(Kind kind) {
        return new WarningWindow(kind, Duration.ZERO);
    }

    /** The window containing {@code now}; a rolling one ends at now, a calendar one at its period's end. */
    public Bounds at(Instant now, ZoneId zone) {
        if (kind == Kind.ROLLING) {
            return new Bounds(now.minus(length), now);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate start = switch (kind) {
            case DAY -> today;
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
            case ROLLING -> throw new IllegalStateException();
        };
        LocalDate end = switch (kind) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case ROLLING -> throw new IllegalStateException();
        };
        return new Bounds(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
    }

    @Override
    public String toString() {
        if (kind != Kind.ROLLING) {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
        return length.toMinutes() % 60 == 0 ? length.toHours() + "h" : length.toMinutes() + "m";
    }
}
