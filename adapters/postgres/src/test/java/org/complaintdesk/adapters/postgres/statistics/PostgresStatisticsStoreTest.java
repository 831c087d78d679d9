package org.complaintdesk.adapters.postgres.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.complaintdesk.adapters.postgres.testing.StatisticsSeed;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.statistics.ClockIndicator;
import org.complaintdesk.application.statistics.CountRow;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.Dimension;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.StatisticsFilter;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.application.statistics.StatisticsSlice;
import org.complaintdesk.application.statistics.TimeBucket;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the store agrees with a plain computation over the raw complaint rows: the
 * generated register spans 40 units, four months with official holidays, and every outcome.
 * The reference selects the scope by the unit codes on the complaint row, not by the fact table.
 */
class PostgresStatisticsStoreTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-10T00:00:00Z");
    private static final StatisticsPeriod MARCH = StatisticsPeriod.month(2026, 3);
    private static final StatisticsPeriod FEBRUARY = StatisticsPeriod.month(2026, 2);
    private static final StatisticsPeriod APRIL_TO_MAY = new StatisticsPeriod(LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 5, 10));
    /** Whole months around the month of NOW: the rollup answers March, the rounds of April split by NOW. */
    private static final StatisticsPeriod MARCH_TO_MAY = new StatisticsPeriod(LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 5, 1));
    /** Whole months from the month of NOW on: only the rounds themselves can tell pending from breached. */
    private static final StatisticsPeriod APRIL_TO_JULY = new StatisticsPeriod(LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 7, 1));
    /** Whole months before the month of NOW, and its first day: the rollup's months and the facts' rest. */
    private static final StatisticsPeriod JANUARY_TO_APRIL = new StatisticsPeriod(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 1));
    private static final List<String> SCOPES = List.of("gridco", "gridco/r2", "gridco/r2/dept1", "gridco/r3/u4");

    private static final DSLContext DSL = TestDatabase.dsl();
    private final PostgresStatisticsStore store = new PostgresStatisticsStore(DSL, ZONE);

    @BeforeAll
    static void aGeneratedRegister() {
        TestDatabase.clear();
        // One complaint every 45 minutes from 1 January to early May 2026.
        StatisticsSeed.complaints(DSL, 1, 4000, START, 2700);
    }

    @Test
    void the_fact_rows_are_the_complaints_and_carry_what_the_complaint_rows_say() {
        assertThat(count("select count(*) from complaint_fact")).isEqualTo(4000L);
        assertThat(count("""
                select count(*) from complaint c join complaint_fact f on f.complaint_id = c.id
                where f.state = c.state and f.replied_at is not distinct from c.replied_at
                  and f.closed_at is not distinct from c.closed_at and f.tenant = 'gridco'"""))
                .isEqualTo(4000L);
    }

    @Test
    void every_key_of_the_statistics_tables_starts_with_the_tenant_as_a_distributed_database_needs() {
        List<String> keys = DSL.fetch("select pg_get_indexdef(i.indexrelid) from pg_index i "
                + "join pg_class t on t.oid = i.indrelid "
                + "where t.relname in ('complaint_fact', 'complaint_clock_fact')").getValues(0, String.class);
        assertThat(keys).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(definition -> assertThat(definition).contains("USING btree (tenant, "));
    }

    @Test
    void counts_by_one_and_two_dimensions_agree_with_a_group_by_over_the_raw_rows() {
        for (String scope : SCOPES) {
            for (StatisticsPeriod period : List.of(MARCH, FEBRUARY)) {
                assertCounts(scope, period, List.of(Grouping.by(Dimension.CHANNEL)),
                        "channel");
                assertCounts(scope, period, List.of(Grouping.by(Dimension.NATURE), Grouping.by(Dimension.SEVERITY)),
                        "nature", "severity::text");
                assertCounts(scope, period, List.of(new Grouping(Dimension.OWNING_UNIT, 2),
                        Grouping.by(Dimension.STATE)), "split_part(org_unit, '/', 1) || '/' || split_part(org_unit, '/', 2)",
                        "state");
                assertCounts(scope, period, List.of(Grouping.by(Dimension.LEAD_DEPARTMENT),
                        Grouping.by(Dimension.RESPONSIBILITY)), "coalesce(lead_department, '')",
                        "coalesce(responsibility, '')");
                assertCounts(scope, period, List.of(Grouping.by(Dimension.TOPIC), Grouping.by(Dimension.KIND)),
                        "topic", "kind");
                assertCounts(scope, period, List.of(Grouping.by(Dimension.UTILITY_DOMAIN)), "utility_domain");
            }
        }
    }

    @Test
    void weekly_buckets_start_on_mondays_in_the_business_time_zone_and_add_up_to_the_period() {
        List<CountRow> rows = store.count(slice("gridco/r1", MARCH, StatisticsFilter.ALL), List.of(), TimeBucket.WEEK);
        Map<LocalDate, Long> expected = byDay("select date_trunc('week', received_at at time zone 'Asia/Shanghai')::date, "
                + "count(*) from complaint where " + reach("gridco/r1") + " and " + within("received_at", MARCH)
                + " group by 1", "gridco/r1", "gridco/r1");
        Map<LocalDate, Long> actual = byBucket(rows);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.keySet()).allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
        assertThat(actual.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(received("gridco/r1", MARCH));
    }

    @Test
    void a_store_in_another_time_zone_counts_the_stored_days_again_in_its_own() {
        ZoneId utc = ZoneId.of("UTC");
        var elsewhere = new PostgresStatisticsStore(DSL, utc);
        List<CountRow> rows = elsewhere.count(StatisticsSlice.of(new OrgUnitId("gridco"), MARCH, utc,
                StatisticsFilter.ALL), List.of(), TimeBucket.DAY);
        assertThat(byBucket(rows)).isEqualTo(byDay("select (received_at at time zone 'UTC')::date, count(*) "
                + "from complaint where received_at >= timestamptz '2026-03-01 00:00Z' "
                + "and received_at < timestamptz '2026-04-01 00:00Z' group by 1"));
        assertThat(DSL.fetchValue("select time_zone from statistics_setting")).isEqualTo("UTC");

        // The store of the business zone counts them back before it answers.
        assertThat(store.count(slice("gridco", MARCH, StatisticsFilter.ALL), List.of(), TimeBucket.NONE).getFirst().count())
                .isEqualTo(received("gridco", MARCH));
        assertThat(DSL.fetchValue("select time_zone from statistics_setting")).isEqualTo("Asia/Shanghai");
        assertThat(count("select count(*) from complaint_fact where received_day <> (received_at at time zone "
                + "'Asia/Shanghai')::date or replied_day is distinct from (replied_at at time zone 'Asia/Shanghai')::date"))
                .isZero();
    }

    @Test
    void daily_buckets_are_the_days_of_the_business_time_zone() {
        List<CountRow> rows = store.count(slice("gridco/r2", MARCH, StatisticsFilter.ALL), List.of(), TimeBucket.DAY);
        assertThat(byBucket(rows)).hasSize(31).isEqualTo(byDay("select (received_at at time zone 'Asia/Shanghai')::date, "
                + "count(*) from complaint where " + reach("gridco/r2") + " and " + within("received_at", MARCH)
                + " group by 1", "gridco/r2", "gridco/r2"));
    }

    @Test
    void every_indicator_agrees_with_a_computation_over_the_raw_rows() {
        for (String scope : SCOPES) {
            for (StatisticsPeriod period : List.of(MARCH, FEBRUARY, APRIL_TO_MAY, MARCH_TO_MAY, APRIL_TO_JULY,
                    JANUARY_TO_APRIL)) {
                HandlingIndicators actual = store.indicators(slice(scope, period, StatisticsFilter.ALL), NOW);
                assertIndicators(actual, reference(scope, period, ""), scope + " " + period);
            }
        }
        // The generated register exercises every part of every figure, so agreement means something.
        HandlingIndicators march = store.indicators(slice("gridco", MARCH, StatisticsFilter.ALL), NOW);
        assertThat(march.clocks()).extracting(ClockIndicator::clock)
                .containsExactly(ClockKind.REGISTRATION, ClockKind.REPLY, ClockKind.CALLBACK);
        assertThat(march.clocks()).allSatisfy(c -> {
            assertThat(c.metInTime()).isPositive();
            assertThat(c.breached()).isPositive();
        });
        assertThat(march.satisfaction()).satisfies(s -> assertThat(List.of(s.satisfied(), s.basicallySatisfied(),
                s.unsatisfied(), s.unreachable())).allSatisfy(n -> assertThat(n).isPositive()));
        assertThat(List.of(march.reopenRate(), march.reviewRate(), march.repeatRate(), march.resolutionRate()))
                .allSatisfy(r -> assertThat(r.numerator()).isPositive().isLessThan(r.denominator()));
        assertThat(march.timeToReply().medianWorkingDays().orElseThrow())
                .isLessThan(march.timeToReply().medianHours().orElseThrow() / 24);
        HandlingIndicators april = store.indicators(slice("gridco", APRIL_TO_MAY, StatisticsFilter.ALL), NOW);
        assertThat(april.clocks()).anySatisfy(c -> assertThat(c.pending()).isPositive());
        // Across the month of NOW, rounds of every standing: met, breached before NOW, pending after it.
        HandlingIndicators spanning = store.indicators(slice("gridco", MARCH_TO_MAY, StatisticsFilter.ALL), NOW);
        assertThat(spanning.clocks()).anySatisfy(c -> assertThat(c.pending()).isPositive());
        assertThat(spanning.clocks()).allSatisfy(c -> assertThat(c.breached()).isGreaterThan(
                march.clocks().stream().filter(m -> m.clock() == c.clock()).findFirst().orElseThrow().breached()));
    }

    @Test
    void a_lead_department_alone_narrows_whole_months_as_it_narrows_the_raw_rows() {
        for (StatisticsPeriod period : List.of(MARCH, MARCH_TO_MAY)) {
            HandlingIndicators actual = store.indicators(slice("gridco", period,
                    StatisticsFilter.ALL.withLeadDepartment(new OrgUnitId("gridco/r2"))), NOW);
            assertIndicators(actual, reference("gridco", period, " and lead_department like 'gridco/r2/%'"),
                    "led by gridco/r2 " + period);
            assertThat(actual.received()).isPositive();
        }
    }

    @Test
    void a_filter_narrows_every_indicator_as_it_narrows_the_raw_rows() {
        StatisticsFilter billing = StatisticsFilter.ALL.withNature(Nature.BILLING)
                .withLeadDepartment(new OrgUnitId("gridco/r2/dept1"));
        HandlingIndicators actual = store.indicators(slice("gridco", MARCH, billing), NOW);
        assertIndicators(actual, reference("gridco", MARCH,
                " and nature = 'BILLING' and lead_department = 'gridco/r2/dept1'"), "filtered");
        assertThat(actual.received()).isPositive();
    }

    @Test
    void each_departments_indicators_are_those_of_its_dispatched_complaints() {
        for (StatisticsPeriod period : List.of(MARCH, MARCH_TO_MAY)) {
            List<DepartmentIndicators> departments = store.indicatorsByDepartment(slice("gridco/r2", period,
                    StatisticsFilter.ALL), 0, NOW);
            assertThat(departments).extracting(d -> d.department().value())
                    .containsExactly("gridco/r2/dept0", "gridco/r2/dept1", "gridco/r2/dept2", "gridco/r2/dept3");
            for (DepartmentIndicators d : departments) {
                assertIndicators(d.indicators(), reference("gridco/r2", period,
                        " and lead_department = '" + d.department().value() + "'"), d.department().value() + " " + period);
            }
            List<DepartmentIndicators> regions = store.indicatorsByDepartment(slice("gridco", period,
                    StatisticsFilter.ALL), 2, NOW);
            assertThat(regions).extracting(d -> d.department().value())
                    .containsExactly("gridco/r0", "gridco/r1", "gridco/r2", "gridco/r3", "gridco/r4");
            for (DepartmentIndicators region : regions) {
                assertIndicators(region.indicators(), reference("gridco", period,
                        " and lead_department like '" + region.department().value() + "/%'"),
                        "region " + region.department().value() + " " + period);
            }
        }
    }

    @Test
    void a_scope_with_no_complaints_has_no_rates_rather_than_zero_percent() {
        HandlingIndicators none = store.indicators(slice("gridco/r9", MARCH, StatisticsFilter.ALL), NOW);
        assertThat(none.received()).isZero();
        assertThat(none.satisfaction().satisfactionRate().value()).isEmpty();
        assertThat(none.timeToReply().medianHours()).isEmpty();
        assertThat(none.clocks()).isEmpty();
    }

    // ------------------------------------------------------------------ the reference computation

    private StatisticsSlice slice(String scope, StatisticsPeriod period, StatisticsFilter filter) {
        return StatisticsSlice.of(new OrgUnitId(scope), period, ZONE, filter);
    }

    /** The complaints a unit reaches, by the unit codes on the complaint row (two binds: the unit twice). */
    private static String reach(String ignored) {
        return StatisticsReference.reach();
    }

    private static String within(String column, StatisticsPeriod p) {
        return column + " >= timestamptz '" + p.from() + " 00:00:00+08' and " + column + " < timestamptz '" + p.to()
                + " 00:00:00+08'";
    }

    private long received(String scope, StatisticsPeriod period) {
        return count("select count(*) from complaint where " + reach(scope) + " and " + within("received_at", period),
                scope, scope);
    }

    private static Map<LocalDate, Long> byBucket(List<CountRow> rows) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put(r.bucket().orElseThrow(), r.count()));
        return counts;
    }

    /** A reference query's rows of a day and a count. */
    private static Map<LocalDate, Long> byDay(String sql, Object... binds) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (Record r : DSL.fetch(sql, binds)) {
            counts.put(r.get(0, LocalDate.class), r.get(1, Long.class));
        }
        return counts;
    }

    private static long count(String sql, Object... binds) {
        return ((Number) DSL.fetchValue(sql, binds)).longValue();
    }

    private void assertCounts(String scope, StatisticsPeriod period, List<Grouping> groupBy, String... columns) {
        Map<List<String>, Long> expected = new HashMap<>();
        String keys = String.join(", ", columns);
        for (Record r : DSL.fetch("select " + keys + ", count(*) from complaint where " + reach(scope) + " and "
                + within("received_at", period) + " group by " + keys, scope, scope)) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                key.add(r.get(i, String.class));
            }
            expected.put(key, r.get(columns.length, Long.class));
        }
        Map<List<String>, Long> actual = new HashMap<>();
        List<CountRow> rows = store.count(slice(scope, period, StatisticsFilter.ALL), groupBy, TimeBucket.NONE);
        rows.forEach(r -> actual.put(r.keys(), r.count()));
        assertThat(actual).as(scope + " " + period + " by " + keys).isEqualTo(expected);
        assertThat(rows).extracting(CountRow::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    private HandlingIndicators reference(String scope, StatisticsPeriod period, String extra) {
        return new StatisticsReference(DSL, ZONE, NOW).indicators(scope, period, extra);
    }

    private static void assertIndicators(HandlingIndicators actual, HandlingIndicators expected, String what) {
        StatisticsReference.assertIndicators(actual, expected, what);
    }
}
