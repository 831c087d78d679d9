package org.complaintdesk.application.statistics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * What a store is asked about: the complaints of the unit {@code scope} and the units below it
 * (owned by, taken in by, or dispatched to them: {@code UnitScope}), filtered, over the instants
 * [from, to); {@code zone} is the business time zone for buckets and working days.
 */
public record StatisticsSlice(OrgUnitId scope, Instant from, Instant to, ZoneId zone, StatisticsFilter filter) {
    public StatisticsSlice {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(filter, "filter");
    }

    /** The slice of {@code period} in {@code zone}: from its first day's start to its end day's start. */
    public static StatisticsSlice of(OrgUnitId scope, StatisticsPeriod period, ZoneId zone, StatisticsFilter filter) {
        return new StatisticsSlice(scope, period.from().atStartOfDay(zone).toInstant(),
                period.to().atStartOfDay(zone).toInstant(), zone, filter);
    }
}
