package org.complaintdesk.adapters.postgres.complaint;

import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintClockFactRecord;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.deadline.ComplaintClock;

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

    /** The upsert of one round that {@link #add} batches; a round unchanged is not rewritten. */
    static final String UPSERT_ROUND = """
            insert into complaint_clock_fact as f (tenant, complaint_id, clock, round, due, outcome)
            values (?, ?, ?, ?, ?, ?)
            on conflict (tenant, complaint_id, clock, round) do update
            set due = excluded.due, outcome = excluded.outcome
            where f.due <> excluded.due or f.outcome <> excluded.outcome""";
    /** The delete of a complaint's rounds that are not among those given (as two arrays) that {@link #add} batches. */
    static final String DROP_OTHER_ROUNDS = """
            delete from complaint_clock_fact c
            where c.tenant = ? and c.complaint_id = ?
              and not exists (select from unnest(?::text[], ?::integer[]) as k (clock, round)
                              where k.clock = c.clock and k.round = c.round)""";

    /**
     * Adds the writes that make the complaint's recorded rounds those given (none for no rounds) to batches of {@link #UPSERT_ROUND} and
     * {@link #DROP_OTHER_ROUNDS}: each statement text is then planned once for a whole pass.
     */
    static void add(PreparedBatch upserts, PreparedBatch drops, Complaint complaint, List<ComplaintClock> rounds) {
        List<ComplaintClockFactRecord> counted = firstRecords(complaint, rounds);
        if (counted.isEmpty()) {
            return;
        }
        for (ComplaintClockFactRecord r : counted) {
            upserts.add(r.getTenant(), r.getComplaintId(), r.getClock(), r.getRound(), r.getDue(), r.getOutcome());
        }
        drops.add(counted.getFirst().getTenant(), complaint.id().value(),
                counted.stream().map(ComplaintClockFactRecord::getClock).toArray(String[]::new),
                counted.stream().map(ComplaintClockFactRecord::getRound).toArray(Integer[]::new));
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
