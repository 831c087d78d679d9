package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.REQUEST_LOG;
import static org.jooq.impl.DSL.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.jooq.Keys;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.adapters.postgres.jooq.tables.records.RequestLogRecord;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.application.port.out.ComplaintRepository;
import org.complaintdesk.application.port.out.ComplaintSearch;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/** Complaints and the requests that created them, in the {@code complaint} and {@code request_log} tables. */
public final class PostgresComplaintStore implements ComplaintRepository, ComplaintSearch {
    private final DSLContext dsl;

    public PostgresComplaintStore(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /**
     * Writes the complaint and its request in one transaction. A concurrent retry of the same
     * request waits on the request id's unique index until this transaction ends, then fails.
     */
    @Override
    public void insert(Complaint complaint, IdempotencyKey request) {
        try {
            dsl.transaction(tx -> {
                tx.dsl().insertInto(COMPLAINT).set(ComplaintRows.toRecord(complaint.snapshot())).execute();
                tx.dsl().insertInto(REQUEST_LOG)
                        .set(REQUEST_LOG.REQUEST_ID, request.requestId().value())
                        .set(REQUEST_LOG.OPERATION, request.operation())
                        .set(REQUEST_LOG.FINGERPRINT, request.fingerprint())
                        .set(REQUEST_LOG.COMPLAINT_ID, complaint.id().value())
                        .execute();
            });
        } catch (DataAccessException e) {
            if (PostgresErrors.isUniqueViolation(e, Keys.REQUEST_LOG_PKEY)) {
                throw new DuplicateRequestException(request.requestId(), e);
            }
            if (PostgresErrors.isUniqueViolation(e, Keys.COMPLAINT_TICKET_NUMBER_KEY)) {
                // Numbers come from ticket_counter; a clash means the counter was set back.
                throw new IllegalStateException("ticket number " + complaint.ticketNumber()
                        + " is already taken: ticket_counter is behind the register", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Complaint> findById(ComplaintId id) {
        return dsl.selectFrom(COMPLAINT)
                .where(COMPLAINT.ID.eq(id.value()))
                .fetchOptional(ComplaintRows::toComplaint);
    }

    @Override
    public Optional<Complaint> findByTicketNumber(TicketNumber ticketNumber) {
        return dsl.selectFrom(COMPLAINT)
                .where(COMPLAINT.TICKET_NUMBER.eq(ticketNumber.value()))
                .fetchOptional(ComplaintRows::toComplaint);
    }

    @Override
    public Optional<RecordedRequest> findRequest(RequestId requestId) {
        return dsl.selectFrom(REQUEST_LOG)
                .where(REQUEST_LOG.REQUEST_ID.eq(requestId.value()))
                .fetchOptional(PostgresComplaintStore::toRecordedRequest);
    }

    /**
     * Keyset pagination: the next page starts strictly after the cursor in the order
     * (received_at desc, id desc), so pages neither skip nor repeat rows when complaints arrive
     * meanwhile, and each page costs the same however deep it is. Every single filter has an
     * index in that order (see V1__complaints.sql).
     */
    @Override
    public List<Complaint> list(ComplaintFilter filter, int limit, Optional<PageCursor> after) {
        return listQuery(filter, limit, after).fetch(ComplaintRows::toComplaint);
    }

    /** The query behind {@link #list}; tests ask PostgreSQL how it plans it. */
    ResultQuery<ComplaintRecord> listQuery(ComplaintFilter filter, int limit, Optional<PageCursor> after) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        List<Condition> where = new ArrayList<>();
        filter.state().ifPresent(s -> where.add(COMPLAINT.STATE.eq(s.name())));
        filter.utilityDomain().ifPresent(d -> where.add(COMPLAINT.UTILITY_DOMAIN.eq(d.name())));
        filter.nature().ifPresent(n -> where.add(COMPLAINT.NATURE.eq(n.name())));
        filter.severity().ifPresent(s -> where.add(COMPLAINT.SEVERITY.eq(ComplaintRows.level(s))));
        filter.channel().ifPresent(c -> where.add(COMPLAINT.CHANNEL.eq(c.name())));
        filter.orgUnit().ifPresent(o -> where.add(COMPLAINT.ORG_UNIT.eq(o.value())));
        filter.receivedFrom().ifPresent(t -> where.add(COMPLAINT.RECEIVED_AT.ge(ComplaintRows.storable(t))));
        filter.receivedBefore()
                // A cursor earlier than the end of the range already bounds the scan, and more
                // tightly: PostgreSQL would start the index scan at the range's end instead and
                // step over every row between there and the cursor.
                .filter(before -> after.map(cursor -> !cursor.receivedAt().isBefore(before)).orElse(true))
                .ifPresent(t -> where.add(COMPLAINT.RECEIVED_AT.lt(ComplaintRows.storable(t))));
        after.ifPresent(cursor -> where.add(row(COMPLAINT.RECEIVED_AT, COMPLAINT.ID)
                .lt(ComplaintRows.storable(cursor.receivedAt()), cursor.id().value())));

        return dsl.selectFrom(COMPLAINT)
                .where(where)
                .orderBy(COMPLAINT.RECEIVED_AT.desc(), COMPLAINT.ID.desc())
                .limit(limit);
    }

    private static RecordedRequest toRecordedRequest(RequestLogRecord r) {
        return new RecordedRequest(new RequestId(r.getRequestId()), r.getOperation(), r.getFingerprint(),
                new ComplaintId(r.getComplaintId()));
    }
}
