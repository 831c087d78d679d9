package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.jooq.DSLContext;

/**
 * Figures about the whole register for the operator's dashboards: how many complaints are open in
 * each state, and how many wait for the clock monitor. Each is one query on an index; callers
 * cache them, since a count still reads every entry it counts.
 */
public final class PostgresRegisterCensus {
    private final DSLContext dsl;

    public PostgresRegisterCensus(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** What waits for the monitor at an instant. */
    public record Backlog(long due, Optional<Instant> oldest) {
    }

    /** Open complaints per open state; a state with none is there with 0. */
    public Map<ComplaintState, Long> openByState() {
        Map<ComplaintState, Long> counts = new EnumMap<>(ComplaintState.class);
        ComplaintState.open().forEach(state -> counts.put(state, 0L));
        // The states' index (complaint_list_by_state_idx) leads with the state: the closed and
        // archived complaints, most of a mature register, are never read.
        dsl.select(COMPLAINT.STATE, count())
                .from(COMPLAINT)
                .where(COMPLAINT.STATE.in(ComplaintState.open().stream().map(Enum::name).toList()))
                .groupBy(COMPLAINT.STATE)
                .forEach(r -> counts.put(ComplaintState.valueOf(r.value1()), r.value2().longValue()));
        return counts;
    }

    /**
     * The complaints whose attention time has come by {@code now} and that no monitor has attended
     * yet, and the earliest of their attention times: the monitor's queue (the partial index on
     * {@code next_attention_at}), read up to {@code now}.
     */
    public Backlog monitorBacklog(Instant now) {
        var row = dsl.select(count(), min(COMPLAINT_WATCH.NEXT_ATTENTION_AT))
                .from(COMPLAINT_WATCH)
                .where(COMPLAINT_WATCH.NEXT_ATTENTION_AT.le(ComplaintRows.storable(now)))
                .fetchOne();
        return new Backlog(row.value1().longValue(), Optional.ofNullable(row.value2()));
    }
}
