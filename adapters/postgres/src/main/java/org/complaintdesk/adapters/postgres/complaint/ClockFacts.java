package org.complaintdesk.adapters.postgres.complaint;

import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintClockFactRecord;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.jooq.DSLContext;

/**
 * The rows of complaint_clock_fact (V13): every round of every clock of a complaint as the monitor
 * timed it, for the on-time rates. A round unchanged since the last pass is not rewritten.
 */
final class ClockFacts {
    private ClockFacts() {
    }

    /**
     * The rows of a complaint being registered, which has none recorded yet; the trigger on the
     * table copies the complaint's units into them.
     */
    static List<ComplaintClockFactRecord> firstRecords(Complaint complaint, List<ComplaintClock> rounds) {
        String tenant = complaint.registration().orgUnit().top().value();
        List<ComplaintClockFactRecord> rows = new ArrayList<>();
        for (ComplaintClock c : rounds) {
            if (c.rule().window()) {
                continue;
            }
            var row = new ComplaintClockFactRecord();
            row.setTenant(tenant);
            row.setComplaintId(complaint.id().value());
            row.setClock(c.kind().name());
            row.setRound(c.round());
            row.setDue(ComplaintRows.storable(c.due()));
            row.setOutcome(outcome(c));
            rows.add(row);
        }
        return rows;
    }

    /**
     * The rounds of many complaints as two statements, whatever their number: the statement
     * triggers of complaint_clock_fact (the rollup's) fire once for the batch, not once a complaint.
     */
    static final class Batch {
        /*
         * Rounds stored as they are now are left out before the insert: its row trigger (the
         * round's units) fires for every row offered, conflicting or not, and most rounds of a
         * pass have not moved since the last.
         */
        private static final String UPSERT = """
                insert into complaint_clock_fact as f (tenant, complaint_id, clock, round, due, outcome)
                select * from unnest(?::text[], ?::text[]::uuid[], ?::text[], ?::integer[], ?::text[]::timestamptz[],
                                     ?::text[]) as r (tenant, complaint_id, clock, round, due, outcome)
                where not exists (select from complaint_clock_fact s
                                  where s.tenant = r.tenant and s.complaint_id = r.complaint_id and s.clock = r.clock
                                    and s.round = r.round and s.due = r.due and s.outcome = r.outcome)
                on conflict (tenant, complaint_id, clock, round) do update
                set due = excluded.due, outcome = excluded.outcome
                where f.due <> excluded.due or f.outcome <> excluded.outcome""";
        private static final String DROP_OTHERS = """
                delete from complaint_clock_fact c
                using unnest(?::text[], ?::text[]::uuid[]) as k (tenant, complaint_id)
                where c.tenant = k.tenant and c.complaint_id = k.complaint_id
                  and not exists (select from unnest(?::text[]::uuid[], ?::text[], ?::integer[]) as r (complaint_id, clock, round)
                                  where r.complaint_id = c.complaint_id and r.clock = c.clock and r.round = c.round)""";

        private final List<ComplaintClockFactRecord> rounds = new ArrayList<>();
        private final List<String> tenants = new ArrayList<>();
        private final List<String> complaints = new ArrayList<>();

        /**
         * Makes the complaint's recorded rounds those given; a complaint with none counted keeps
         * what it has. A round unchanged is not rewritten.
         */
        void add(Complaint complaint, List<ComplaintClock> timed) {
            List<ComplaintClockFactRecord> counted = firstRecords(complaint, timed);
            if (counted.isEmpty()) {
                return;
            }
            rounds.addAll(counted);
            tenants.add(counted.getFirst().getTenant());
            complaints.add(complaint.id().value().toString());
        }

        /** Runs the two statements on the context's connection (the monitor's transaction). */
        void execute(DSLContext dsl) {
            if (rounds.isEmpty()) {
                return;
            }
            String[] ids = rounds.stream().map(r -> r.getComplaintId().toString()).toArray(String[]::new);
            String[] clocks = rounds.stream().map(ComplaintClockFactRecord::getClock).toArray(String[]::new);
            Integer[] numbers = rounds.stream().map(ComplaintClockFactRecord::getRound).toArray(Integer[]::new);
            new PreparedBatch(UPSERT).add(rounds.stream().map(ComplaintClockFactRecord::getTenant).toArray(String[]::new),
                    ids, clocks, numbers, rounds.stream().map(r -> r.getDue().toString()).toArray(String[]::new),
                    rounds.stream().map(ComplaintClockFactRecord::getOutcome).toArray(String[]::new)).execute(dsl);
            new PreparedBatch(DROP_OTHERS).add(tenants.toArray(String[]::new), complaints.toArray(String[]::new),
                    ids, clocks, numbers).execute(dsl);
        }
    }

    /** How the round stands; a running round past its due reads as breached at query time. */
    static String outcome(ComplaintClock c) {
        return switch (c.state()) {
            case MET -> c.late() ? "MET_LATE" : "MET_IN_TIME";
            case STOPPED -> c.late() ? "STOPPED_LATE" : "STOPPED_IN_TIME";
            case RUNNING, BREACHED -> "RUNNING";
            case ELAPSED -> throw new IllegalArgumentException("a window is not counted: " + c.kind());
        };
    }
}
