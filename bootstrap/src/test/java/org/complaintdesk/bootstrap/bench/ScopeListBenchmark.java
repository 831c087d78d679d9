package org.complaintdesk.bootstrap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintStore;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;

/**
 * A unit's work list at scale, run on demand (not a test): seeds {@code bench.complaints}
 * complaints (a million by default) over a tree of 5 regions of 8 units each, a third of them
 * dispatched to one of 4 departments of a region, fills their scope as V7 does, then times pages
 * of 50 of the complaints a unit reaches, for a unit, a department, a region and the top of the
 * tree, and prints the plan of the query. Run with
 * {@code ./build.sh -Pbench-scope -pl bootstrap -am -DskipTests verify}.
 */
public final class ScopeListBenchmark {
    private static final int PAGE = 50;

    private ScopeListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int complaints = Integer.getInteger("bench.complaints", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 500);
        TestDatabase.Server server = TestDatabase.server();
        TestDatabase.clear();
        try (Database database = Database.connect(server.jdbcUrl(), server.user(), server.password(), 4)) {
            DSLContext dsl = database.dsl();
            long seedStart = System.nanoTime();
            seed(dsl, complaints);
            System.out.printf("seeded %,d complaints and %,d scope rows in %.1f s%n",
                    dsl.fetchCount(dsl.selectFrom("complaint")), dsl.fetchCount(dsl.selectFrom("complaint_scope")),
                    (System.nanoTime() - seedStart) / 1e9);

            var store = new PostgresComplaintStore(dsl);
            for (String unit : List.of("gridco/r2/u5", "gridco/r2/dept3", "gridco/r2", "gridco")) {
                OrgUnitId reaching = new OrgUnitId(unit);
                int reached = dsl.fetchCount(dsl.selectFrom("complaint_scope").where("unit = ?", unit));
                for (int i = 0; i < rounds / 5; i++) {
                    store.listReachedBy(reaching, ComplaintFilter.ALL, PAGE, Optional.empty());
                }
                long[] nanos = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    int listed = store.listReachedBy(reaching, ComplaintFilter.ALL, PAGE, Optional.empty()).size();
                    nanos[i] = System.nanoTime() - start;
                    if (listed != Math.min(PAGE, reached)) {
                        throw new IllegalStateException(unit + " listed " + listed + " of " + reached);
                    }
                }
                Arrays.sort(nanos);
                System.out.printf("first page of %d of %-16s (reaches %,9d): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                        PAGE, unit, reached, nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.99)] / 1e6,
                        nanos[rounds - 1] / 1e6);
            }
            System.out.println("plan of a unit's first page:");
            dsl.fetch("explain (analyze, buffers) select c.* from complaint_scope s join complaint c on c.id = s.complaint_id "
                    + "where s.unit = 'gridco/r2/u5' order by s.received_at desc, s.complaint_id desc limit 50")
                    .forEach(r -> System.out.println("  " + r.get(0)));
        }
    }

    /** Complaints in SQL, one every minute, owned by the 40 units; a third dispatched to a region's department. */
    private static void seed(DSLContext dsl, int complaints) throws IOException {
        int chunk = 200_000;
        for (int from = 1; from <= complaints; from += chunk) {
            int to = Math.min(complaints, from + chunk - 1);
            dsl.execute("""
                    insert into complaint (
                        id, ticket_number, state, complainant_name, complainant_phone, complainant_address,
                        contact_preference, channel, received_at, kind, utility_domain, nature, topic,
                        safety_hazard, large_area_interruption, wide_area_quality_problem,
                        proposed_severity, severity, priority, description, demand, org_unit,
                        registered_by, registered_at, updated_at,
                        lead_department, co_handling_departments, dispatch_handler, dispatched_by, dispatched_at,
                        version)
                    select gen_random_uuid(), 'TS20240101' || lpad(n::text, 8, '0'),
                           case when dispatched then 'DISPATCHED' else 'REGISTERED' end,
                           '王小明', '13800138000', '南京市鼓楼区中山路1号', 'PHONE', 'HOTLINE',
                           timestamptz '2024-01-01 00:00:00+00' + n * interval '1 minute',
                           'COMPLAINT', 'ELECTRICITY', 'BILLING', '电费异常', false, false, false,
                           3, 3, 'NORMAL', '十月份的电费是平时的两倍。', '重新抄表。',
                           'gridco/r' || (n % 5) || '/u' || ((n / 5) % 8), 'agent-1',
                           timestamptz '2024-01-01 00:00:00+00' + n * interval '1 minute',
                           timestamptz '2024-01-01 00:00:00+00' + n * interval '1 minute',
                           case when dispatched then 'gridco/r' || (n % 5) || '/dept' || ((n / 40) % 4) end,
                           case when dispatched then '{}'::text[] end,
                           case when dispatched then 'handler-' || (n % 200) end,
                           case when dispatched then 'supervisor-1' end,
                           case when dispatched then timestamptz '2024-01-01 01:00:00+00' + n * interval '1 minute' end,
                           1
                    from generate_series(?::int, ?::int) as n, lateral (select n % 3 = 0) as d(dispatched)
                    """, from, to);
        }
        dsl.execute(backfill());
        dsl.execute("vacuum analyze complaint");
        dsl.execute("vacuum analyze complaint_scope");
    }

    /** The statement of V7__unit_scope.sql that fills the scope of complaints stored before it. */
    private static String backfill() throws IOException {
        try (InputStream in = ScopeListBenchmark.class.getResourceAsStream("/db/migration/V7__unit_scope.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return migration.substring(migration.indexOf("insert into complaint_scope"));
        }
    }
}
