package org.complaintdesk.bootstrap.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.statistics.PostgresStatisticsStore;
import org.complaintdesk.adapters.postgres.testing.StatisticsSeed;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.statistics.Dimension;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.StatisticsFilter;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.application.statistics.StatisticsSlice;
import org.complaintdesk.application.statistics.TimeBucket;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;

/**
 * Statistics at scale, run on demand (not a test): seeds {@code bench.complaints} complaints (a
 * million by default) received over one year across 40 units and 20 departments, with every
 * outcome and three clock rounds each (statistics/stats-seed.sql; StatisticsSeed folds their
 * facts), then times each statistics method over the year and a month, for the top
 * of the tree, a region and a unit, and prints the plans of the year's slowest queries. Run with
 * {@code ./build.sh -Pbench-stats -pl bootstrap -am -DskipTests verify}.
 */
public final class StatisticsBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int complaints = Integer.getInteger("bench.complaints", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        TestDatabase.Server server = TestDatabase.server();
        TestDatabase.clear();
        try (Database database = Database.connect(server.jdbcUrl(), server.user(), server.password(), 4)) {
            DSLContext dsl = database.dsl();
            long seedStart = System.nanoTime();
            int spacing = (int) Math.max(1, 365L * 86_400 / complaints);
            int chunk = 100_000;
            for (int from = 1; from <= complaints; from += chunk) {
                StatisticsSeed.complaints(dsl, from, Math.min(complaints, from + chunk - 1), START, spacing);
            }
            System.out.printf("seeded %,d complaints (%,d fact rows, %,d clock rounds) in %.1f s%n",
                    dsl.fetchCount(dsl.selectFrom("complaint")), dsl.fetchCount(dsl.selectFrom("complaint_fact")),
                    dsl.fetchCount(dsl.selectFrom("complaint_clock_fact")), (System.nanoTime() - seedStart) / 1e9);
            dsl.execute("vacuum analyze complaint_fact");
            dsl.execute("vacuum analyze complaint_clock_fact");
            System.out.println("sizes: " + dsl.fetch("select relname, pg_size_pretty(pg_total_relation_size(oid)) "
                    + "from pg_class where relname in ('complaint', 'complaint_fact', 'complaint_clock_fact')"));

            var store = new PostgresStatisticsStore(dsl, ZONE);
            long foldStart = System.nanoTime();
            long folded = store.compactRollup();
            // The compaction deleted the seed's changes; until a vacuum, every question's scan of the
            // change table would read their dead rows.
            System.out.println("rollup change table after the fold: " + dsl.fetch("select pg_size_pretty("
                    + "pg_total_relation_size('statistics_rollup_change')), (select n_dead_tup from pg_stat_user_tables "
                    + "where relname = 'statistics_rollup_change')").getFirst().intoList());
            dsl.execute("vacuum analyze statistics_rollup");
            dsl.execute("vacuum analyze statistics_rollup_change");
            System.out.printf("folded the seed's rollup changes into %,d rollup rows in %.1f s; rollup %s%n", folded,
                    (System.nanoTime() - foldStart) / 1e9,
                    dsl.fetchValue("select pg_size_pretty(pg_total_relation_size('statistics_rollup'))"));
            var year = new StatisticsPeriod(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2026, 1, 1));
            var month = StatisticsPeriod.month(2025, 11);
            // Not whole months: read from the facts.
            var days = new StatisticsPeriod(java.time.LocalDate.of(2025, 1, 16), java.time.LocalDate.of(2025, 12, 16));
            for (String unit : List.of("gridco", "gridco/r2", "gridco/r2/u5")) {
                for (var period : List.of(year, month, days)) {
                    String label = String.format("%-13s %s..%s", unit, period.from(), period.to());
                    var slice = StatisticsSlice.of(new OrgUnitId(unit), period, ZONE, StatisticsFilter.ALL);
                    time(label + " count total            ", rounds,
                            () -> store.count(slice, List.of(), TimeBucket.NONE).size());
                    time(label + " count nature x channel ", rounds, () -> store.count(slice,
                            List.of(Grouping.by(Dimension.NATURE), Grouping.by(Dimension.CHANNEL)), TimeBucket.NONE).size());
                    time(label + " count by week x unit   ", rounds, () -> store.count(slice,
                            List.of(new Grouping(Dimension.OWNING_UNIT, 2)), TimeBucket.WEEK).size());
                    time(label + " indicators             ", rounds, () -> store.indicators(slice, NOW).received());
                    time(label + " indicators, filtered   ", rounds, () -> store.indicators(StatisticsSlice.of(
                            new OrgUnitId(unit), period, ZONE, StatisticsFilter.ALL.withNature(Nature.BILLING)), NOW)
                            .received());
                    time(label + " indicators by dept     ", rounds,
                            () -> store.indicatorsByDepartment(slice, 0, NOW).size());
                }
            }
            System.out.println("plan of the year's replies for the top of the tree (the slowest complaint figures):");
            dsl.fetch("explain (analyze, buffers) select count(*), percentile_cont(array[0.5, 0.9]) within group "
                            + "(order by f.reply_hours), percentile_cont(array[0.5, 0.9]) within group (order by "
                            + "f.replied_day - f.received_day) from complaint_fact f where f.tenant = 'gridco' "
                            + "and f.replied_at >= '2024-12-31 16:00Z' and f.replied_at < '2025-12-31 16:00Z'")
                    .forEach(r -> System.out.println("  " + r.get(0)));
            System.out.println("plan of the year's clock figures for the top of the tree:");
            dsl.fetch("explain (analyze, buffers) select c.clock, count(*) filter (where c.outcome = 'MET_IN_TIME') "
                            + "from complaint_clock_fact c join complaint_fact f on f.tenant = c.tenant "
                            + "and f.complaint_id = c.complaint_id where c.tenant = 'gridco' and c.due >= '2024-12-31 16:00Z' "
                            + "and c.due < '2025-12-31 16:00Z' and f.reach @> array['gridco'] group by 1")
                    .forEach(r -> System.out.println("  " + r.get(0)));
        }
    }

    private static void time(String label, int rounds, Supplier<Object> query) {
        query.get();
        long[] nanos = new long[rounds];
        Object result = null;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            result = query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: median %7.1f ms, max %7.1f ms (result %s)%n", label, nanos[rounds / 2] / 1e6,
                nanos[rounds - 1] / 1e6, result);
    }
}
