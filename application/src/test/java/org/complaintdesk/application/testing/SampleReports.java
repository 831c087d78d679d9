package org.complaintdesk.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.application.report.MonthlyReport;
import org.complaintdesk.application.report.RaisedWarning;
import org.complaintdesk.application.report.Share;
import org.complaintdesk.application.report.WarningsSection;
import org.complaintdesk.application.report.WeekCount;
import org.complaintdesk.application.statistics.ClockIndicator;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.DurationSummary;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.Rate;
import org.complaintdesk.application.statistics.SatisfactionCounts;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** Reports with known figures, for the tests of whatever lays a report out. */
public final class SampleReports {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SampleReports() {
    }

    /** Indicators with the given counts and some of every other figure. */
    public static HandlingIndicators indicators(long received, long metInTime, long breached, long satisfied,
                                                long unsatisfied, Rate resolution) {
        return new HandlingIndicators(received,
                List.of(new ClockIndicator(ClockKind.REPLY, metInTime, breached, 1)),
                new DurationSummary(received, Optional.of(30.5), Optional.of(70.0), Optional.of(1.0), Optional.of(3.0)),
                new DurationSummary(received, Optional.of(50.0), Optional.of(120.0), Optional.of(2.0), Optional.of(5.0)),
                new Rate(1, 20), new Rate(2, 20), new Rate(3, received), new SatisfactionCounts(satisfied, 2, unsatisfied, 1),
                resolution);
    }

    /** March 2026 of gridco/east: 30 complaints, two departments, the given warnings. */
    public static MonthlyReport march2026(WarningsSection warnings) {
        return new MonthlyReport(new OrgUnitId("gridco/east"), YearMonth.of(2026, 3), ZONE,
                Instant.parse("2026-04-01T01:00:00Z"),
                indicators(30, 18, 2, 15, 3, new Rate(17, 20)),
                indicators(15, 10, 5, 6, 4, new Rate(8, 10)),
                24,
                List.of(new WeekCount(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), 2),
                        new WeekCount(2, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), 0),
                        new WeekCount(3, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), 10),
                        new WeekCount(4, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22), 12),
                        new WeekCount(5, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29), 5),
                        new WeekCount(6, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 31), 1)),
                List.of(new Share("BILLING", 20, 30, 10), new Share("SAFETY", 10, 30, 0)),
                List.of(new Share("HOTLINE", 25, 30, 15), new Share("WECHAT", 4, 30, 0), new Share("CITY_HOTLINE_12345", 1, 30, 2)),
                List.of(new Share("电费异常", 12, 30, 3), new Share("停电", 10, 30, 9), new Share("服务态度", 8, 30, 1)),
                List.of(new DepartmentIndicators(new OrgUnitId("gridco/east/billing"), indicators(20, 12, 1, 10, 1, new Rate(12, 14))),
                        new DepartmentIndicators(new OrgUnitId("gridco/east/grid"), indicators(10, 6, 1, 5, 2, new Rate(5, 6)))),
                warnings);
    }

    public static WarningsSection oneWarning() {
        return new WarningsSection(true, List.of(new RaisedWarning(Instant.parse("2026-03-17T02:30:00Z"),
                "同一主题24小时内10件以上", new OrgUnitId("gridco/east"), "主题“停电”24小时内11件", 11)));
    }
}
