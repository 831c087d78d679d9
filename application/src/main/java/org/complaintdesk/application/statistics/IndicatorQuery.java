package org.complaintdesk.application.statistics;

import java.util.Objects;

/** The handling indicators of a period, optionally with those of a comparison period. */
public record IndicatorQuery(StatisticsPeriod period, StatisticsFilter filter, Comparison comparison) {
    public IndicatorQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(comparison, "comparison");
    }
}
