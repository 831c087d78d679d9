package org.complaintdesk.adapters.postgres.complaint;

import static org.jooq.impl.DSL.list;
import static org.jooq.impl.DSL.sql;
import static org.jooq.impl.DSL.val;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintClockFactRecord;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.QueryPart;

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

    /** The writes that make the complaint's recorded rounds those given; none for no rounds. */
    static List<Query> write(DSLContext d, Complaint complaint, List<ComplaintClock> rounds) {
        List<ComplaintClock> counted = rounds.stream().filter(c -> !c.rule().window()).toList();
        if (counted.isEmpty()) {
            return List.of();
        }
        String tenant = complaint.registration().orgUnit().top().value();
        List<QueryPart> values = new ArrayList<>();
        List<QueryPart> keys = new ArrayList<>();
        for (ComplaintClock c : counted) {
            values.add(sql("({0}, {1}::uuid, {2}, {3}, {4}::timestamptz, {5})", val(tenant),
                    val(complaint.id().value()), val(c.kind().name()), val(c.round()),
                    val(OffsetDateTime.ofInstant(ComplaintRows.storable(c.due()), ZoneOffset.UTC)),
                    val(outcome(c))));
            keys.add(sql("({0}, {1})", val(c.kind().name()), val(c.round())));
        }
        Query upsert = d.query("""
                insert into complaint_clock_fact as f (tenant, complaint_id, clock, round, due, outcome)
                values {0}
                on conflict (tenant, complaint_id, clock, round) do update
                set due = excluded.due, outcome = excluded.outcome
                where f.due <> excluded.due or f.outcome <> excluded.outcome""",
                list(values));
        Query dropGone = d.query("""
                delete from complaint_clock_fact
                where tenant = {0} and complaint_id = {1}::uuid and (clock, round) not in ({2})""",
                val(tenant), val(complaint.id().value()), list(keys));
        return List.of(upsert, dropGone);
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
