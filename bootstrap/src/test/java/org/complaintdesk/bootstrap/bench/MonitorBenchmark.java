package org.complaintdesk.bootstrap.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.calendar.PostgresCalendarStore;
import org.complaintdesk.adapters.postgres.complaint.PostgresClockWatch;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintStore;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintTimeline;
import org.complaintdesk.adapters.postgres.complaint.SealedCopies;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.calendar.CurrentCalendar;
import org.complaintdesk.application.deadline.ClockMonitor;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.application.testing.MovableClock;
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
import org.complaintdesk.domain.deadline.AlertHours;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.SupervisionPolicy;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.DSLContext;

/**
 * The monitor at scale, run on demand (not a test): seeds {@code bench.open} open complaints (a
 * million by default), each dispatched with its timeline, of which {@code bench.due} (a thousand)
 * are due for the monitor's attention now and the rest later; then times one monitor pass, which
 * computes the clocks of the due ones, records their breaches and escalates them, and then
 * {@code bench.warm} (3) more passes, each over {@code bench.due} complaints not attended before. Run with
 * {@code ./build.sh -Pbench-monitor -pl bootstrap -DskipTests verify}.
 */
public final class MonitorBenchmark {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OrgUnitId UNIT = new OrgUnitId("gridco/east");

    private MonitorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int open = Integer.getInteger("bench.open", 1_000_000);
        int due = Integer.getInteger("bench.due", 1_000);
        int warmPasses = Integer.getInteger("bench.warm", 3);
        TestDatabase.Server server = TestDatabase.server();
        TestDatabase.clear();
        try (Database database = Database.connect(server.jdbcUrl(), server.user(), server.password(), 4)) {
            DSLContext dsl = database.dsl();
            Instant dispatchedAt = LocalDateTime.parse("2026-11-23T09:00").atZone(SHANGHAI).toInstant();
            UUID template = template(database, dispatchedAt);

            var clock = new MovableClock(dispatchedAt, SHANGHAI);
            var calendar = new CurrentCalendar(new PostgresCalendarStore(dsl), SHANGHAI, clock, Duration.ofMinutes(1));
            var clocks = new ComplaintClocks(new PostgresComplaintTimeline(dsl), calendar, DeadlinePolicies.seedForAll(),
                    clock);
            AtomicInteger delivered = new AtomicInteger();
            var monitor = new ClockMonitor(new PostgresClockWatch(dsl, TestDatabase.personalData()), clocks, calendar, SupervisionPolicy.defaults(),
                    AlertHours.ALWAYS, alerts -> delivered.addAndGet(alerts.size()),
                    (complaint, now) -> java.util.Optional.empty(), clock, 500);
            // The monitor looks at the template after its dispatch, as it would: its record is copied.
            monitor.runOnce();

            long seedStart = System.nanoTime();
            seed(dsl, template, open - 1);
            // Every complaint is due later (a day on), but for `due` of them: their first contact ran out.
            Instant now = dispatchedAt.plus(Duration.ofHours(3));
            dsl.execute("update complaint_watch set next_attention_at = ?::timestamptz + interval '1 day'",
                    now.toString());
            dsl.execute("update complaint_watch set next_attention_at = ?::timestamptz where complaint_id in "
                    + "(select complaint_id from complaint_watch order by complaint_id limit ?)",
                    dispatchedAt.plus(Duration.ofHours(2)).toString(), due);
            // The monitor reads the due ones: their complainant's data sealed for their own rows.
            var complainant = new PostgresComplaintStore(dsl, TestDatabase.personalData()).findById(
                    new ComplaintId(template)).orElseThrow().submission().complainant();
            SealedCopies.sealFor(dsl, TestDatabase.personalData(), dsl.fetch("(select id from complaint order by id limit ?)"
                    + " union (select id from complaint order by id desc limit ?)", due, due * warmPasses)
                            .getValues(0, UUID.class),
                    complainant);
            dsl.execute("vacuum analyze complaint_watch");
            dsl.execute("vacuum analyze complaint");
            dsl.execute("vacuum analyze complaint_event");
            dsl.execute("vacuum analyze complaint_scope");
            long seeded = System.nanoTime() - seedStart;
            System.out.printf("seeded %,d open complaints (%,d due now) with %,d timeline entries and %,d scope rows"
                            + " in %.1f s%n", dsl.fetchCount(dsl.selectFrom("complaint")), due,
                    dsl.fetchCount(dsl.selectFrom("complaint_event")), dsl.fetchCount(dsl.selectFrom("complaint_scope")),
                    seeded / 1e9);

            clock.advance(Duration.between(clock.instant(), now));
            delivered.set(0);

            // The query plan of the queue: an index scan, not a scan of the million.
            System.out.println("queue plan:");
            dsl.fetch("explain select * from complaint_watch where next_attention_at <= ?::timestamptz "
                    + "order by next_attention_at limit 500 for update skip locked", now.toString())
                    .forEach(r -> System.out.println("  " + r.get(0)));

            long start = System.nanoTime();
            ClockMonitor.Pass pass = monitor.runOnce();
            long took = System.nanoTime() - start;
            System.out.printf("one monitor pass: %,d complaints attended, %,d alerts recorded, %,d escalations, "
                            + "%,d alerts delivered in %.0f ms%n", pass.attended().complaints(),
                    pass.attended().alertsRecorded(), pass.attended().steps(), pass.alertsDelivered(), took / 1e6);

            // Another `due` of them, never attended since the seeding, come due: the same pass in a
            // warm JVM, `bench.warm` times over, each with complaints of its own.
            for (int round = 0; round < warmPasses; round++) {
                dsl.execute("update complaint_watch set next_attention_at = ?::timestamptz where complaint_id in "
                        + "(select complaint_id from complaint_watch where recorded_version = 3 "
                        + "order by complaint_id desc limit ?)", dispatchedAt.plus(Duration.ofHours(2)).toString(), due);
                long warmStart = System.nanoTime();
                ClockMonitor.Pass warm = monitor.runOnce();
                System.out.printf("the same in a warm JVM: %,d complaints attended, %,d alerts recorded, %,d escalations, "
                                + "%,d alerts delivered in %.0f ms%n", warm.attended().complaints(),
                        warm.attended().alertsRecorded(), warm.attended().steps(), warm.alertsDelivered(),
                        (System.nanoTime() - warmStart) / 1e6);
            }

            // Off the pass since V19: the service's background fold writes their facts afterwards.
            UUID[] attended = dsl.fetch("select complaint_id from complaint_watch where recorded_version > 3")
                    .getValues(0, UUID.class).toArray(UUID[]::new);
            long foldStart = System.nanoTime();
            Object folded = dsl.fetchValue("select complaint_fact_fold(?::uuid[])", (Object) attended);
            System.out.printf("their facts folded afterwards (off the pass): %s complaints in %.0f ms%n", folded,
                    (System.nanoTime() - foldStart) / 1e6);

            long idleStart = System.nanoTime();
            ClockMonitor.Pass idle = monitor.runOnce();
            System.out.printf("next pass with nothing due: %,d complaints in %.1f ms%n", idle.attended().complaints(),
                    (System.nanoTime() - idleStart) / 1e6);
        }
    }

    /** One complaint registered, accepted and dispatched through the store, to copy. */
    private static UUID template(Database database, Instant dispatchedAt) {
        var store = new PostgresComplaintStore(database.dsl(), TestDatabase.personalData());
        Actor agent = new Actor(new UserId("agent-1"), Role.AGENT, new OrgUnitId("gridco/east"));
        Actor supervisor = new Actor(new UserId("supervisor-1"), Role.SUPERVISOR, new OrgUnitId("gridco/east"));
        var intake = new Intake(new Complainant(new PersonName("王小明"), PhoneNumber.of("13800138000"),
                Optional.of(new AccountNumber("3200123456")), new Address("南京市鼓楼区中山路1号"), ContactPreference.PHONE),
                Channel.HOTLINE, Optional.empty(), dispatchedAt.minus(Duration.ofMinutes(20)), ComplaintKind.COMPLAINT,
                UtilityDomain.ELECTRICITY, Nature.BILLING, new Topic("estimated meter reading"),
                IntakeFacts.INDIVIDUAL_PROBLEM, Optional.empty(), Optional.empty(), Optional.empty(),
                new Description("十月电费是平时的两倍。"), new Demand("重新抄表。"), Optional.empty(), UNIT);
        Complaint c = Complaint.register(new ComplaintId(UUID.randomUUID()),
                () -> TicketNumber.of(java.time.LocalDate.of(2026, 11, 23), 1), intake, agent,
                dispatchedAt.minus(Duration.ofMinutes(15)), new SeverityPolicy(), new PriorityPolicy());
        store.insert(c, key("template-register"));
        Complaint stored = store.findById(c.id()).orElseThrow();
        Complaint dispatched = stored.accept(new Statement("We call you today."), agent,
                        dispatchedAt.minus(Duration.ofMinutes(10)))
                .dispatch(new Assignment(new OrgUnitId("gridco/east/metering"), List.of(), new UserId("handler-1")),
                        supervisor, dispatchedAt);
        store.update(dispatched, key("template-dispatch"));
        return c.id().value();
    }

    /**
     * Copies the template {@code copies} times, row for row (complaint, timeline, watch row, clock
     * rounds, scope), with new ids and ticket numbers, in SQL.
     */
    private static void seed(DSLContext dsl, UUID template, int copies) {
        List<String> columns = dsl.fetch("select column_name from information_schema.columns "
                + "where table_name = 'complaint' and column_name not in ('id', 'ticket_number') order by ordinal_position")
                .getValues(0, String.class);
        String list = String.join(", ", columns);
        String factList = String.join(", ", dsl.fetch("select column_name from information_schema.columns "
                + "where table_name = 'complaint_clock_fact' and column_name <> 'complaint_id' order by ordinal_position")
                .getValues(0, String.class));
        int chunk = 100_000;
        for (int from = 1; from <= copies; from += chunk) {
            int to = Math.min(copies, from + chunk - 1);
            dsl.execute("create temporary table if not exists seed_ids (n int primary key, id uuid not null)");
            dsl.execute("truncate seed_ids");
            dsl.execute("insert into seed_ids select n, gen_random_uuid() from generate_series(?::int, ?::int) n", from, to);
            dsl.execute("insert into complaint (id, ticket_number, " + list + ") select s.id, "
                    + "'TS20261123' || lpad((s.n + 1)::text, 8, '0'), " + list
                    + " from seed_ids s cross join complaint t where t.id = ?::uuid", template.toString());
            dsl.execute("insert into complaint_event (complaint_id, sequence, type, actor_user_id, actor_role, "
                    + "actor_org_unit, occurred_at, state_before, state_after, note, details) select s.id, e.sequence, "
                    + "e.type, e.actor_user_id, e.actor_role, e.actor_org_unit, e.occurred_at, e.state_before, "
                    + "e.state_after, e.note, e.details from seed_ids s cross join complaint_event e "
                    + "where e.complaint_id = ?::uuid", template.toString());
            dsl.execute("insert into complaint_watch (complaint_id, next_attention_at, earliest_due, clock_status, "
                    + "recorded_version, running_dues) select s.id, w.next_attention_at, w.earliest_due, w.clock_status, "
                    + "w.recorded_version, w.running_dues from seed_ids s cross join complaint_watch w "
                    + "where w.complaint_id = ?::uuid", template.toString());
            // The clock rounds the monitor recorded of the template after its dispatch, as it would
            // have of every complaint. Their triggers are off for the copy: the units they would look
            // up are the template's, and the statistics' rollup is not what this measures.
            dsl.transaction(tx -> {
                tx.dsl().execute("set local session_replication_role = replica");
                tx.dsl().execute("insert into complaint_clock_fact (complaint_id, " + factList + ") select s.id, "
                        + factList + " from seed_ids s cross join complaint_clock_fact f "
                        + "where f.complaint_id = ?::uuid", template.toString());
            });
            // The scope rows too, after the watch rows they start from: the monitor's changes of a watch row
            // reach them (V18), as they would.
            dsl.execute("insert into complaint_scope (tenant, complaint_id, unit, received_at) select c.tenant, s.id, "
                    + "c.unit, c.received_at from seed_ids s cross join complaint_scope c where c.complaint_id = ?::uuid",
                    template.toString());
        }
    }

    private static IdempotencyKey key(String id) {
        return new IdempotencyKey(new RequestId(id), "Bench", "sha256:" + id);
    }
}
