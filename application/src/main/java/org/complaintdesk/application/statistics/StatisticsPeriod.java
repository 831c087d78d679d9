package org.complaintdesk.application.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * Calendar days [from, to) in the business time zone: a month is (2026-03-01, 2026-04-01). At most
 * {@value #MAX_DAYS} days, so that no question scans more than about three years.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 1100;

    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new InvalidValueException("period", "EMPTY_PERIOD", "the period's end must lie after its start");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidValueException("period", "PERIOD_TOO_LONG", "a period spans at most " + MAX_DAYS + " days");
        }
    }

    /** The calendar month starting on {@code first}'s month. */
    public static StatisticsPeriod month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new StatisticsPeriod(first, first.plusMonths(1));
    }

    /** The same period a month or a year earlier; both ends move by the same calendar amount. */
    public StatisticsPeriod shifted(Comparison comparison) {
        return switch (comparison) {
            case NONE -> this;
            case PREVIOUS_MONTH -> new StatisticsPeriod(from.minusMonths(1), to.minusMonths(1));
            case PREVIOUS_YEAR -> new StatisticsPeriod(from.minusYears(1), to.minusYears(1));
        };
    }
}
