package org.complaintdesk.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.application.event.UnitOutOfReachException;
import org.complaintdesk.application.port.out.MonthlyReportRenderer;
import org.complaintdesk.application.port.out.StatisticsStore;
import org.complaintdesk.application.port.out.WarningsRaised;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.application.statistics.ComputeIndicators;
import org.complaintdesk.application.statistics.CountComplaints;
import org.complaintdesk.application.statistics.CountRow;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.IndicatorsByDepartment;
import org.complaintdesk.application.statistics.Rate;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.application.statistics.StatisticsSlice;
import org.complaintdesk.application.statistics.TimeBucket;
import org.complaintdesk.application.testing.SampleReports;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ComposeMonthlyReportTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T02:00:00Z"), ZONE);
    private static final Actor DIRECTOR = new Actor(new UserId("d1"), Role.DIRECTOR, new OrgUnitId("gridco"));
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final FigureStore store = new FigureStore();

    @Test
    void the_report_carries_the_months_figures_beside_the_previous_month_and_year() {
        MonthlyReport report = compose(Optional.empty()).execute(DIRECTOR, Optional.of(new OrgUnitId("gridco/east")), MARCH);

        assertThat(report.unit()).isEqualTo(new OrgUnitId("gridco/east"));
        assertThat(report.received()).isEqualTo(30);
        assertThat(report.previousMonth().received()).isEqualTo(15);
        assertThat(report.receivedPreviousYear()).isEqualTo(24);
        assertThat(report.receivedChangeOnMonth()).contains(1.0);
        assertThat(report.receivedChangeOnYear()).contains(0.25);
        assertThat(report.indicators().onTimeRate()).isEqualTo(new Rate(18, 20));
        assertThat(report.departments()).extracting(d -> d.department().value())
                .containsExactly("gridco/east/billing", "gridco/east/grid");
        assertThat(report.generatedAt()).isEqualTo(CLOCK.instant());
        assertThat(store.slices).allSatisfy(slice -> assertThat(slice.scope()).isEqualTo(new OrgUnitId("gridco/east")));
    }

    @Test
    void every_week_with_a_day_in_the_month_is_listed_cut_to_the_month_quiet_weeks_included() {
        MonthlyReport report = compose(Optional.empty()).execute(DIRECTOR, Optional.empty(), MARCH);

        assertThat(report.weeks()).containsExactly(
                new WeekCount(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), 2),
                new WeekCount(2, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), 0),
                new WeekCount(3, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), 10),
                new WeekCount(4, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22), 18),
                new WeekCount(5, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29), 0),
                new WeekCount(6, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 31), 0));
        assertThat(report.weeks().stream().mapToLong(WeekCount::received).sum()).isEqualTo(report.received());
    }

    @Test
    void breakdowns_keep_the_stores_order_and_pair_each_value_with_its_count_a_month_earlier() {
        MonthlyReport report = compose(Optional.empty()).execute(DIRECTOR, Optional.empty(), MARCH);

        assertThat(report.natures()).containsExactly(new Share("BILLING", 20, 30, 10), new Share("SAFETY", 10, 30, 0));
        assertThat(report.natures().getFirst().change()).contains(1.0);
        assertThat(report.natures().get(1).change()).isEmpty();
        assertThat(report.channels()).containsExactly(new Share("HOTLINE", 25, 30, 15), new Share("WECHAT", 5, 30, 0));
    }

    @Test
    void only_the_ten_most_frequent_topics_are_listed() {
        MonthlyReport report = compose(Optional.empty()).execute(DIRECTOR, Optional.empty(), MARCH);

        assertThat(report.topTopics()).hasSize(10);
        assertThat(report.topTopics()).extracting(Share::key).startsWith("t1", "t2").doesNotContain("t11", "t12");
        assertThat(report.topTopics().getFirst()).isEqualTo(new Share("t1", 8, 30, 3));
    }

    @Test
    void without_a_source_of_warnings_the_section_says_none_are_recorded() {
        MonthlyReport report = compose(Optional.empty()).execute(DIRECTOR, Optional.empty(), MARCH);

        assertThat(report.warnings()).isEqualTo(WarningsSection.NOT_RECORDED);
        assertThat(report.warnings().recorded()).isFalse();
    }

    @Test
    void with_a_source_the_warnings_of_the_unit_and_month_are_listed() {
        List<Object> asked = new ArrayList<>();
        RaisedWarning warning = SampleReports.oneWarning().warnings().getFirst();
        WarningsRaised source = (scope, period) -> {
            asked.add(scope);
            asked.add(period);
            return List.of(warning);
        };

        MonthlyReport report = compose(Optional.of(source)).execute(DIRECTOR, Optional.of(new OrgUnitId("gridco/east")), MARCH);

        assertThat(report.warnings()).isEqualTo(new WarningsSection(true, List.of(warning)));
        assertThat(asked).containsExactly(new OrgUnitId("gridco/east"), StatisticsPeriod.month(2026, 3));
    }

    @Test
    void a_unit_outside_the_readers_own_is_refused() {
        Actor handler = new Actor(new UserId("h1"), Role.HANDLER, new OrgUnitId("gridco/west"));

        assertThatThrownBy(() -> compose(Optional.empty()).execute(handler, Optional.of(new OrgUnitId("gridco/east")), MARCH))
                .isInstanceOf(UnitOutOfReachException.class);
        assertThat(store.slices).isEmpty();
    }

    @Test
    void an_administrator_reads_no_report() {
        Actor admin = new Actor(new UserId("a1"), Role.ADMINISTRATOR, new OrgUnitId("gridco"));

        assertThatThrownBy(() -> compose(Optional.empty()).execute(admin, Optional.empty(), MARCH))
                .isInstanceOf(RoleNotPermittedException.class);
    }

    @Test
    void a_month_that_has_not_begun_is_refused_but_the_current_one_is_reported() {
        assertThatThrownBy(() -> compose(Optional.empty()).execute(DIRECTOR, Optional.empty(), YearMonth.of(2026, 5)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("MONTH_IN_FUTURE");
        assertThat(compose(Optional.empty()).execute(DIRECTOR, Optional.empty(), YearMonth.of(2026, 4)).month())
                .isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void the_report_is_rendered_in_the_asked_format_and_a_format_not_offered_is_refused() {
        MonthlyReportRenderer xlsx = new MonthlyReportRenderer() {
            @Override
            public ReportFormat format() {
                return ReportFormat.XLSX;
            }

            @Override
            public RenderedReport render(MonthlyReport report) {
                return new RenderedReport(new byte[] {(byte) report.received()}, "application/test", report.fileBaseName());
            }
        };
        var download = new DownloadMonthlyReport(compose(Optional.empty()), List.of(xlsx));

        RenderedReport file = download.execute(DIRECTOR, Optional.of(new OrgUnitId("gridco/east")), MARCH, ReportFormat.XLSX);

        assertThat(file.content()).containsExactly(30);
        assertThat(file.fileName()).isEqualTo("投诉分析报告_gridco-east_2026-03");
        var offeringNothing = new DownloadMonthlyReport(compose(Optional.empty()), List.of());
        assertThatThrownBy(() -> offeringNothing.execute(DIRECTOR, Optional.empty(), MARCH, ReportFormat.XLSX))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("FORMAT_NOT_OFFERED");
    }

    private ComposeMonthlyReport compose(Optional<WarningsRaised> warnings) {
        return new ComposeMonthlyReport(new CountComplaints(store, ZONE), new ComputeIndicators(store, ZONE, CLOCK),
                new IndicatorsByDepartment(store, ZONE, CLOCK), warnings, ZONE, CLOCK);
    }

    /** Figures for March 2026, February 2026 and March 2025; nothing for other months. */
    private static final class FigureStore implements StatisticsStore {
        final List<StatisticsSlice> slices = new ArrayList<>();

        @Override
        public List<CountRow> count(StatisticsSlice slice, List<Grouping> groupBy, TimeBucket bucket) {
            slices.add(slice);
            YearMonth month = monthOf(slice);
            if (groupBy.isEmpty() && bucket == TimeBucket.WEEK && month.equals(MARCH)) {
                return List.of(week("2026-02-23", 2), week("2026-03-09", 10), week("2026-03-16", 18));
            }
            if (groupBy.isEmpty()) {
                long total = month.equals(MARCH) ? 30 : month.equals(YearMonth.of(2025, 3)) ? 24 : 0;
                return total == 0 ? List.of() : List.of(new CountRow(Optional.empty(), List.of(), total));
            }
            boolean march = month.equals(MARCH);
            return switch (groupBy.getFirst().dimension()) {
                case NATURE -> march ? List.of(row("BILLING", 20), row("SAFETY", 10))
                        : List.of(row("BILLING", 10), row("SERVICE_QUALITY", 5));
                case CHANNEL -> march ? List.of(row("HOTLINE", 25), row("WECHAT", 5)) : List.of(row("HOTLINE", 15));
                case TOPIC -> march ? topics() : List.of(row("t1", 3));
                default -> throw new AssertionError("not asked by the report: " + groupBy);
            };
        }

        @Override
        public HandlingIndicators indicators(StatisticsSlice slice, Instant now) {
            slices.add(slice);
            return monthOf(slice).equals(MARCH) ? SampleReports.indicators(30, 18, 2, 15, 3, new Rate(17, 20))
                    : SampleReports.indicators(15, 10, 5, 6, 4, new Rate(8, 10));
        }

        @Override
        public List<DepartmentIndicators> indicatorsByDepartment(StatisticsSlice slice, int depth, Instant now) {
            slices.add(slice);
            return List.of(
                    new DepartmentIndicators(new OrgUnitId("gridco/east/billing"), SampleReports.indicators(20, 12, 1, 10, 1, new Rate(12, 14))),
                    new DepartmentIndicators(new OrgUnitId("gridco/east/grid"), SampleReports.indicators(10, 6, 1, 5, 2, new Rate(5, 6))));
        }

        private static YearMonth monthOf(StatisticsSlice slice) {
            return YearMonth.from(LocalDate.ofInstant(slice.from(), slice.zone()));
        }

        private static CountRow week(String monday, long count) {
            return new CountRow(Optional.of(LocalDate.parse(monday)), List.of(), count);
        }

        private static CountRow row(String key, long count) {
            return new CountRow(Optional.empty(), List.of(key), count);
        }

        private static List<CountRow> topics() {
            long[] counts = {8, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1};
            List<CountRow> rows = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                rows.add(row("t" + (i + 1), counts[i]));
            }
            return rows;
        }
    }
}
