package org.complaintdesk.application.statistics;

import java.util.List;
import java.util.Objects;

/**
 * Complaints received in {@code period}, grouped: rows ordered by bucket, then by count descending,
 * then by keys; groups with no complaint are not listed. {@code total} counts every complaint of
 * the period once.
 */
public record Counts(StatisticsPeriod period, List<CountRow> rows, long total) {
    public Counts {
        Objects.requireNonNull(period, "period");
        rows = List.copyOf(rows);
    }
}
