package org.complaintdesk.application.report;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.port.out.WarningsRaised;
import org.complaintdesk.application.statistics.Comparison;
import org.complaintdesk.application.statistics.ComputeIndicators;
import org.complaintdesk.application.statistics.CountComplaints;
import org.complaintdesk.application.statistics.CountQuery;
import org.complaintdesk.application.statistics.CountResult;
import org.complaintdesk.application.statistics.CountRow;
import org.complaintdesk.application.statistics.Counts;
import org.complaintdesk.application.statistics.DepartmentQuery;
import org.complaintdesk.application.statistics.Dimension;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.IndicatorQuery;
import org.complaintdesk.application.statistics.IndicatorResult;
import org.complaintdesk.application.statistics.IndicatorsByDepartment;
import org.complaintdesk.application.statistics.StatisticsAccess;
import org.complaintdesk.application.statistics.StatisticsFilter;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.application.statistics.TimeBucket;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * Gathers a month's figures for a unit from the statistics use cases into a {@link MonthlyReport}.
 * Access is the statistics' own ({@link StatisticsAccess}): a reader reports on its unit or a unit
 * below it. Without a source of warnings the report says that none are recorded.
 */
public final class ComposeMonthlyReport {
    /** Departments as dispatched to, not cut to a level of the tree: the assessment is per department. */
    private static final int DEPARTMENT_DEPTH = 0;

    private final CountComplaints counts;
    private final ComputeIndicators indicators;
    private final IndicatorsByDepartment departments;
    private final Optional<WarningsRaised> warnings;
    private final ZoneId zone;
    private final Clock clock;

    public ComposeMonthlyReport(CountComplaints counts, ComputeIndicators indicators, IndicatorsByDepartment departments,
                                Optional<WarningsRaised> warnings, ZoneId zone, Clock clock) {
        this.counts = Objects.requireNonNull(counts, "counts");
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The report of {@code month} for {@code unit} (the reader's own unit when empty). */
    public MonthlyReport execute(Actor reader, Optional<OrgUnitId> unit, YearMonth month) {
        if (month.atDay(1).isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new InvalidValueException("month", "MONTH_IN_FUTURE", "the month has not begun");
        }
        StatisticsFilter filter = unit.map(StatisticsFilter.ALL::withUnit).orElse(StatisticsFilter.ALL);
        OrgUnitId scope = StatisticsAccess.scopeOf(reader, filter);
        StatisticsPeriod period = StatisticsPeriod.month(month.getYear(), month.getMonthValue());

        IndicatorResult handling = indicators.execute(reader,
                new IndicatorQuery(period, filter, Comparison.PREVIOUS_MONTH));
        CountResult yearEarlier = counts.execute(reader,
                new CountQuery(period, filter, List.of(), TimeBucket.NONE, Comparison.PREVIOUS_YEAR));
        Counts weekly = counts.execute(reader,
                new CountQuery(period, filter, List.of(), TimeBucket.WEEK, Comparison.NONE)).current();
        List<Share> topics = breakdown(reader, period, filter, Dimension.TOPIC);
        return new MonthlyReport(scope, month, zone, clock.instant(),
                handling.current().indicators(),
                handling.comparison().orElseThrow().indicators(),
                yearEarlier.comparison().orElseThrow().total(),
                weeks(month, weekly),
                breakdown(reader, period, filter, Dimension.NATURE),
                breakdown(reader, period, filter, Dimension.CHANNEL),
                topics.subList(0, Math.min(topics.size(), MonthlyReport.TOP_TOPICS)),
                departments.execute(reader, new DepartmentQuery(period, filter, DEPARTMENT_DEPTH)),
                warnings.map(source -> new WarningsSection(true, source.raisedIn(scope, period)))
                        .orElse(WarningsSection.NOT_RECORDED));
    }

    /** Every ISO week that has a day in the month, cut to the month, weeks without complaints included. */
    static List<WeekCount> weeks(YearMonth month, Counts weekly) {
        Map<LocalDate, Long> byMonday = new HashMap<>();
        for (CountRow row : weekly.rows()) {
            byMonday.merge(row.bucket().orElseThrow(), row.count(), Long::sum);
        }
        List<WeekCount> weeks = new ArrayList<>();
        LocalDate end = month.atEndOfMonth();
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int number = 1; !monday.isAfter(end); number++, monday = monday.plusWeeks(1)) {
            LocalDate first = monday.isBefore(month.atDay(1)) ? month.atDay(1) : monday;
            LocalDate last = monday.plusDays(6).isAfter(end) ? end : monday.plusDays(6);
            weeks.add(new WeekCount(number, first, last, byMonday.getOrDefault(monday, 0L)));
        }
        return weeks;
    }

    /** The month's counts by one dimension, most frequent first, each with its count the month before. */
    private List<Share> breakdown(Actor reader, StatisticsPeriod period, StatisticsFilter filter, Dimension dimension) {
        CountResult result = counts.execute(reader, new CountQuery(period, filter, List.of(Grouping.by(dimension)),
                TimeBucket.NONE, Comparison.PREVIOUS_MONTH));
        Map<String, Long> before = new HashMap<>();
        result.comparison().orElseThrow().rows().forEach(row -> before.merge(row.keys().getFirst(), row.count(), Long::sum));
        long total = result.current().total();
        return result.current().rows().stream()
                .map(row -> new Share(row.keys().getFirst(), row.count(), total,
                        before.getOrDefault(row.keys().getFirst(), 0L)))
                .toList();
    }
}
