package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintEventRecord;
import org.complaintdesk.application.port.out.ComplaintTimeline;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/** Complaint timelines from the {@code complaint_event} table, which {@link PostgresComplaintStore} appends to. */
public final class PostgresComplaintTimeline implements ComplaintTimeline {
    private final DSLContext dsl;
    private final Prerendered<ComplaintEventRecord> page;

    public PostgresComplaintTimeline(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.page = new Prerendered<>(dsl.selectFrom(COMPLAINT_EVENT)
                .where(COMPLAINT_EVENT.COMPLAINT_ID.eq(new UUID(0, 0)))
                .and(COMPLAINT_EVENT.SEQUENCE.gt(0L))
                .orderBy(COMPLAINT_EVENT.SEQUENCE)
                .limit(1), COMPLAINT_EVENT);
    }

    @Override
    public List<ComplaintEvent> events(ComplaintId complaintId, long afterSequence, int limit) {
        return eventsQuery(complaintId, afterSequence, limit).fetch(ComplaintEventRows::toEvent);
    }

    /**
     * Keyset pagination on the primary key (complaint_id, sequence): PostgreSQL reads the page from
     * the index in order, starting right after {@code afterSequence}, and stops after the limit.
     * Entries are never changed or removed, so a page once read stays true.
     */
    ResultQuery<ComplaintEventRecord> eventsQuery(ComplaintId complaintId, long afterSequence, int limit) {
        Objects.requireNonNull(complaintId, "complaintId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return page.with(dsl, complaintId.value(), afterSequence, limit);
    }
}
