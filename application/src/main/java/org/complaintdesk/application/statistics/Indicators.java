package org.complaintdesk.application.statistics;

import java.util.Objects;

/** The indicators of one period. */
public record Indicators(StatisticsPeriod period, HandlingIndicators indicators) {
    public Indicators {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(indicators, "indicators");
    }
}
