package org.complaintdesk.application.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * The monthly analysis report (投诉分析报告, 000 二(五)2, 002 ch.7, 004 综合组) of a unit and the units
 * below it: the month's indicators beside the previous month's, the weekly trend, the breakdowns by
 * nature and channel, the departments' assessment figures, the top topics and the warnings raised.
 * Every figure follows the definitions of the statistics ({@link HandlingIndicators}).
 *
 * @param receivedPreviousYear complaints received in the same month a year earlier (同比)
 * @param topTopics            at most {@link #TOP_TOPICS}, most frequent first
 */
public record MonthlyReport(OrgUnitId unit, YearMonth month, ZoneId zone, Instant generatedAt,
                            HandlingIndicators indicators, HandlingIndicators previousMonth,
                            long receivedPreviousYear, List<WeekCount> weeks, List<Share> natures,
                            List<Share> channels, List<Share> topTopics, List<DepartmentIndicators> departments,
                            WarningsSection warnings) {
    public static final int TOP_TOPICS = 10;

    public MonthlyReport {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(previousMonth, "previousMonth");
        weeks = List.copyOf(weeks);
        natures = List.copyOf(natures);
        channels = List.copyOf(channels);
        topTopics = List.copyOf(topTopics);
        departments = List.copyOf(departments);
        Objects.requireNonNull(warnings, "warnings");
        if (topTopics.size() > TOP_TOPICS) {
            throw new IllegalArgumentException("at most " + TOP_TOPICS + " topics");
        }
    }

    public long received() {
        return indicators.received();
    }

    /** Change of the complaints received against the previous month (环比); empty when it had none. */
    public Optional<Double> receivedChangeOnMonth() {
        return change(indicators.received(), previousMonth.received());
    }

    /** Change of the complaints received against the same month a year earlier (同比); empty when it had none. */
    public Optional<Double> receivedChangeOnYear() {
        return change(indicators.received(), receivedPreviousYear);
    }

    /** A file name without extension, safe on every file system: 投诉分析报告_gridco-east_2026-03. */
    public String fileBaseName() {
        return "投诉分析报告_" + unit.value().replaceAll("[^A-Za-z0-9._-]", "-") + "_" + month;
    }

    private static Optional<Double> change(long now, long before) {
        return before == 0 ? Optional.empty() : Optional.of((double) (now - before) / before);
    }
}
