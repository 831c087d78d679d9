package org.complaintdesk.adapters.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.complaintdesk.application.report.MonthlyReport;
import org.complaintdesk.application.report.Share;
import org.complaintdesk.application.report.WarningsSection;
import org.complaintdesk.application.report.WeekCount;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.Dimension;
import org.complaintdesk.application.statistics.DurationSummary;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.Rate;
import org.complaintdesk.application.statistics.SatisfactionCounts;
import org.complaintdesk.application.testing.SampleReports;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * A month of a large branch, with every list as long as it gets (8 natures, 12 channels, 10 topics,
 * 6 departments, 5 weeks) and names as long as they come, for the charts' layout.
 */
final class BusyMonth {
    static final String LONG_TOPIC = "居民小区配电变压器频繁跳闸导致夜间停电且抢修人员未按承诺时间到达现场，多次拨打热线无人回复";
    static final String LONG_DEPARTMENT = "gridco/east/north/district-office-7/customer-complaints";
    static final long RECEIVED = 1072;

    private BusyMonth() {
    }

    static MonthlyReport february2026() {
        return new MonthlyReport(new OrgUnitId("gridco/east"), YearMonth.of(2026, 2), SampleReports.ZONE,
                Instant.parse("2026-03-01T01:00:00Z"),
                SampleReports.indicators(RECEIVED, 905, 61, 701, 88, new Rate(812, 930)),
                SampleReports.indicators(986, 840, 77, 640, 95, new Rate(744, 861)),
                1131,
                List.of(week(1, 1, 1, 37), week(2, 2, 8, 268), week(3, 9, 15, 301), week(4, 16, 22, 254),
                        week(5, 23, 28, 212)),
                shares(new Object[][] {{"BILLING", 412, 365}, {"SERVICE_QUALITY", 236, 251}, {"GRID", 181, 140},
                        {"SAFETY", 64, 70}, {"MANAGEMENT", 58, 41}, {"MARKETING", 49, 52}, {"SERVICE", 41, 39},
                        {Dimension.NONE_KEY, 31, 28}}),
                shares(new Object[][] {{"HOTLINE", 498, 470}, {"CITY_HOTLINE_12345", 171, 150}, {"WECHAT", 122, 98},
                        {"APP", 88, 90}, {"WEB", 52, 47}, {"WALK_IN", 41, 44}, {"CONSUMER_ASSOCIATION", 28, 19},
                        {"REGULATOR", 24, 20}, {"EMAIL", 18, 21}, {"SOCIAL_MEDIA", 14, 9}, {"LETTER", 9, 12},
                        {"MEDIA", 7, 6}}),
                shares(new Object[][] {{"电费异常", 163, 120}, {"停电", 141, 150}, {LONG_TOPIC, 96, 31},
                        {"服务态度", 77, 80}, {"电压不稳", 64, 58}, {"抄表错误", 52, 49}, {"业扩报装进度慢", 44, 37},
                        {"营业厅排队时间长", 38, 40}, {"充电桩故障", 29, 12}, {"智能电表", 21, 25}}),
                List.of(department("gridco/east/billing", SampleReports.indicators(402, 371, 12, 260, 21, new Rate(300, 330))),
                        department("gridco/east/grid-operations", SampleReports.indicators(233, 160, 31, 120, 30, new Rate(150, 190))),
                        department("gridco/east/customer-service", SampleReports.indicators(188, 176, 3, 150, 4, new Rate(170, 175))),
                        department("gridco/east/marketing", SampleReports.indicators(121, 98, 9, 80, 12, new Rate(88, 101))),
                        department(LONG_DEPARTMENT, SampleReports.indicators(83, 61, 5, 60, 15, new Rate(58, 70))),
                        department("gridco/east/new-energy", withoutCallbacks(SampleReports.indicators(45, 39, 1, 0, 0,
                                new Rate(30, 34))))),
                SampleReports.oneWarning());
    }

    /** A month in which nothing came in: every list empty, every week at zero. */
    static MonthlyReport quietMonth() {
        HandlingIndicators none = new HandlingIndicators(0, List.of(), DurationSummary.NONE, DurationSummary.NONE,
                Rate.NONE, Rate.NONE, Rate.NONE, SatisfactionCounts.NONE, Rate.NONE);
        return new MonthlyReport(new OrgUnitId("gridco/east"), YearMonth.of(2026, 2), SampleReports.ZONE,
                Instant.parse("2026-03-01T01:00:00Z"), none, none, 0,
                List.of(week(1, 1, 1, 0), week(2, 2, 8, 0), week(3, 9, 15, 0), week(4, 16, 22, 0), week(5, 23, 28, 0)),
                List.of(), List.of(), List.of(), List.of(), new WarningsSection(true, List.of()));
    }

    /** A month whose departments had nothing due, no callback and nothing closed: no rate to draw. */
    static MonthlyReport departmentsWithoutRates() {
        MonthlyReport busy = february2026();
        HandlingIndicators nothingDue = withoutCallbacks(SampleReports.indicators(5, 0, 0, 0, 0, Rate.NONE));
        return new MonthlyReport(busy.unit(), busy.month(), busy.zone(), busy.generatedAt(), busy.indicators(),
                busy.previousMonth(), busy.receivedPreviousYear(), busy.weeks(), busy.natures(), busy.channels(),
                busy.topTopics(), List.of(department("gridco/east/billing", nothingDue)), busy.warnings());
    }

    private static WeekCount week(int number, int firstDay, int lastDay, long received) {
        return new WeekCount(number, LocalDate.of(2026, 2, firstDay), LocalDate.of(2026, 2, lastDay), received);
    }

    private static List<Share> shares(Object[][] rows) {
        return Arrays.stream(rows)
                .map(row -> new Share((String) row[0], (Integer) row[1], RECEIVED, (Integer) row[2])).toList();
    }

    private static DepartmentIndicators department(String id, HandlingIndicators indicators) {
        return new DepartmentIndicators(new OrgUnitId(id), indicators);
    }

    private static HandlingIndicators withoutCallbacks(HandlingIndicators figures) {
        return new HandlingIndicators(figures.received(), figures.clocks(), figures.timeToReply(), figures.timeToClose(),
                figures.reopenRate(), figures.reviewRate(), figures.repeatRate(), SatisfactionCounts.NONE,
                figures.resolutionRate());
    }
}
