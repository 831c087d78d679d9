package org.complaintdesk.application.statistics;

import java.util.List;
import java.util.Objects;
import org.complaintdesk.domain.validation.InvalidValueException;

/** Count complaints received in a period by zero, one or two dimensions, optionally by time bucket. */
public record CountQuery(StatisticsPeriod period, StatisticsFilter filter, List<Grouping> groupBy, TimeBucket bucket,
                         Comparison comparison) {
    public static final int MAX_GROUPINGS = 2;

    public CountQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(filter, "filter");
        groupBy = List.copyOf(groupBy);
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(comparison, "comparison");
        if (groupBy.size() > MAX_GROUPINGS) {
            throw new InvalidValueException("group_by", "TOO_MANY_GROUPINGS", "group by at most two dimensions");
        }
        if (groupBy.size() == 2 && groupBy.get(0).dimension() == groupBy.get(1).dimension()) {
            throw new InvalidValueException("group_by", "REPEATED_DIMENSION", "group by two different dimensions");
        }
    }
}
