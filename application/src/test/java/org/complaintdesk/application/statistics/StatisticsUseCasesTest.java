package org.complaintdesk.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.application.event.UnitOutOfReachException;
import org.complaintdesk.application.port.out.StatisticsStore;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/** Who reads which statistics, and what the use cases ask the store. */
class StatisticsUseCasesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");
    private static final Actor SUPERVISOR = new Actor(new UserId("s-1"), Role.SUPERVISOR, new OrgUnitId("gridco/east"));

    private final RecordingStore store = new RecordingStore();

    @Test
    void a_reader_sees_its_own_units_subtree_or_a_unit_inside_it_never_beyond() {
        assertThat(StatisticsAccess.scopeOf(SUPERVISOR, StatisticsFilter.ALL)).isEqualTo(new OrgUnitId("gridco/east"));
        assertThat(StatisticsAccess.scopeOf(SUPERVISOR, StatisticsFilter.ALL.withUnit(new OrgUnitId("gridco/east/cs"))))
                .isEqualTo(new OrgUnitId("gridco/east/cs"));
        assertThatThrownBy(() -> StatisticsAccess.scopeOf(SUPERVISOR,
                StatisticsFilter.ALL.withUnit(new OrgUnitId("gridco"))))
                .isInstanceOf(UnitOutOfReachException.class);
        assertThatThrownBy(() -> StatisticsAccess.scopeOf(SUPERVISOR,
                StatisticsFilter.ALL.withUnit(new OrgUnitId("gridco/eastern"))))
                .isInstanceOf(UnitOutOfReachException.class);
    }

    @Test
    void every_role_that_works_on_complaints_reads_statistics_and_an_administrator_or_a_portal_does_not() {
        for (Role role : Role.values()) {
            Actor reader = new Actor(new UserId("u"), role, new OrgUnitId("gridco"));
            if (role == Role.ADMINISTRATOR || role == Role.PORTAL) {
                assertThatThrownBy(() -> StatisticsAccess.scopeOf(reader, StatisticsFilter.ALL))
                        .isInstanceOf(RoleNotPermittedException.class);
            } else {
                assertThat(StatisticsAccess.scopeOf(reader, StatisticsFilter.ALL)).isEqualTo(new OrgUnitId("gridco"));
            }
        }
    }

    @Test
    void a_count_with_a_comparison_asks_the_store_for_both_periods_and_totals_each() {
        store.rows = List.of(new CountRow(Optional.empty(), List.of("BILLING"), 7),
                new CountRow(Optional.empty(), List.of("SAFETY"), 3));
        var count = new CountComplaints(store, SHANGHAI);
        CountResult result = count.execute(SUPERVISOR, new CountQuery(StatisticsPeriod.month(2026, 3),
                StatisticsFilter.ALL, List.of(Grouping.by(Dimension.NATURE)), TimeBucket.NONE, Comparison.PREVIOUS_YEAR));
        assertThat(result.current().total()).isEqualTo(10);
        assertThat(result.comparison().orElseThrow().period()).isEqualTo(StatisticsPeriod.month(2025, 3));
        assertThat(store.slices).extracting(StatisticsSlice::from).containsExactly(
                Instant.parse("2026-02-28T16:00:00Z"), Instant.parse("2025-02-28T16:00:00Z"));
        assertThat(store.slices).extracting(StatisticsSlice::scope).containsOnly(new OrgUnitId("gridco/east"));
    }

    @Test
    void indicators_are_computed_as_at_the_service_clock_and_without_a_comparison_only_once() {
        var indicators = new ComputeIndicators(store, SHANGHAI, Clock.fixed(NOW, SHANGHAI));
        IndicatorResult result = indicators.execute(SUPERVISOR, new IndicatorQuery(StatisticsPeriod.month(2026, 3),
                StatisticsFilter.ALL, Comparison.NONE));
        assertThat(result.comparison()).isEmpty();
        assertThat(store.slices).hasSize(1);
        assertThat(store.asAt).containsExactly(NOW);
    }

    @Test
    void department_indicators_pass_the_depth_and_the_narrowed_scope() {
        var byDepartment = new IndicatorsByDepartment(store, SHANGHAI, Clock.fixed(NOW, SHANGHAI));
        byDepartment.execute(SUPERVISOR, new DepartmentQuery(new StatisticsPeriod(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 8)), StatisticsFilter.ALL.withUnit(new OrgUnitId("gridco/east/cs")), 3));
        assertThat(store.depths).containsExactly(3);
        assertThat(store.slices.getFirst().scope()).isEqualTo(new OrgUnitId("gridco/east/cs"));
    }

    private static final class RecordingStore implements StatisticsStore {
        final List<StatisticsSlice> slices = new ArrayList<>();
        final List<Instant> asAt = new ArrayList<>();
        final List<Integer> depths = new ArrayList<>();
        List<CountRow> rows = List.of();

        @Override
        public List<CountRow> count(StatisticsSlice slice, List<Grouping> groupBy, TimeBucket bucket) {
            slices.add(slice);
            return rows;
        }

        @Override
        public HandlingIndicators indicators(StatisticsSlice slice, Instant now) {
            slices.add(slice);
            asAt.add(now);
            return new HandlingIndicators(0, List.of(), DurationSummary.NONE, DurationSummary.NONE, Rate.NONE,
                    Rate.NONE, Rate.NONE, SatisfactionCounts.NONE, Rate.NONE);
        }

        @Override
        public List<DepartmentIndicators> indicatorsByDepartment(StatisticsSlice slice, int depth, Instant now) {
            slices.add(slice);
            depths.add(depth);
            return List.of();
        }
    }
}
