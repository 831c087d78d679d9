package org.complaintdesk.bootstrap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintStore;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.Demand;
import org.complaintdesk.domain.complaint.Description;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
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

            var store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
            // The seeded rows hold placeholders for the complainant's sealed data; the newest 50,
            // which every list below shows first, are real complaints the store wrote and decrypts.
            storeNewest(store, PAGE);
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
                    if (listed != PAGE) {
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

    /**
     * Complaints in SQL, one every minute, owned by the 40 units; a third dispatched to a region's
     * department: bench/scope-seed.sql, which the gRPC benchmark (bootstrap/src/test/bench/scoped-list) runs too.
     */
    private static void seed(DSLContext dsl, int complaints) throws IOException {
        String insert = resource("/bench/scope-seed.sql").replace(":from", "?").replace(":to", "?");
        int chunk = 200_000;
        for (int from = 1; from <= complaints; from += chunk) {
            int to = Math.min(complaints, from + chunk - 1);
            dsl.execute(insert, from, to);
        }
        dsl.execute(backfill());
        dsl.execute("vacuum analyze complaint");
        dsl.execute("vacuum analyze complaint_scope");
    }

    /** Complaints owned by gridco/r2/u5 and dispatched to gridco/r2/dept3, received after every seeded one. */
    private static void storeNewest(PostgresComplaintStore store, int count) {
        Actor agent = new Actor(new UserId("agent-1"), Role.AGENT, new OrgUnitId("gridco/r2/u5"));
        Instant receivedAt = Instant.parse("2030-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant at = receivedAt.plusSeconds(i);
            int sequence = i + 1;
            var intake = new Intake(new Complainant(new PersonName("王小明"), PhoneNumber.of("13800138000"),
                    Optional.of(new AccountNumber("3200123456")), new Address("南京市鼓楼区中山路1号"),
                    ContactPreference.PHONE), Channel.HOTLINE, Optional.empty(), at, ComplaintKind.COMPLAINT,
                    UtilityDomain.ELECTRICITY, Nature.BILLING, new Topic("estimated meter reading"),
                    IntakeFacts.INDIVIDUAL_PROBLEM, Optional.empty(), Optional.empty(), Optional.empty(),
                    new Description("十月电费是平时的两倍。"), new Demand("重新抄表。"), Optional.empty(),
                    new OrgUnitId("gridco/r2/u5"));
            Complaint registered = Complaint.register(new ComplaintId(UUID.randomUUID()),
                    () -> TicketNumber.of(LocalDate.of(2030, 1, 1), sequence), intake, agent, at,
                    new SeverityPolicy(), new PriorityPolicy());
            store.insert(registered, key("newest-register-" + i));
            Complaint dispatched = store.findById(registered.id()).orElseThrow()
                    .accept(new Statement("We call you today."), agent, at.plusSeconds(1))
                    .dispatch(new Assignment(new OrgUnitId("gridco/r2/dept3"), List.of(), new UserId("handler-1")),
                            agent, at.plusSeconds(2));
            store.update(dispatched, key("newest-dispatch-" + i));
        }
    }

    private static IdempotencyKey key(String id) {
        return new IdempotencyKey(new RequestId(id), "Bench", "sha256:" + id);
    }

    /** The statement of V7__unit_scope.sql that fills the scope of complaints stored before it. */
    private static String backfill() throws IOException {
        String migration = resource("/db/migration/V7__unit_scope.sql");
        return migration.substring(migration.indexOf("insert into complaint_scope"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ScopeListBenchmark.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
