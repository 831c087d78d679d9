package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.complaintdesk.adapters.postgres.jooq.Tables.REQUEST_LOG;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.PostgresErrors;
import org.complaintdesk.adapters.postgres.jooq.Keys;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintWatchRecord;
import org.complaintdesk.adapters.postgres.jooq.tables.records.RequestLogRecord;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.application.port.out.ComplaintSearch;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/**
 * Complaints, their timelines and the requests that created or changed them, in the
 * {@code complaint}, {@code complaint_event} and {@code request_log} tables; and the records of
 * personal data access of the answers to registrations, in {@code personal_data_access}.
 */
public final class PostgresComplaintStore implements ComplaintStore, ComplaintSearch {
    private final DSLContext dsl;
    private final ComplaintRows rows;
    private final PersonalDataCipher cipher;
    private final Prerendered<ComplaintRecord> byId;
    private final AccessRows accessRows;

    /** @param cipher seals the complainant's data and computes its blind index (see {@link ComplaintRows}) */
    public PostgresComplaintStore(DSLContext dsl, PersonalDataCipher cipher) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.rows = new ComplaintRows(cipher);
        this.byId = new Prerendered<>(dsl.selectFrom(COMPLAINT).where(COMPLAINT.ID.eq(new UUID(0, 0))), COMPLAINT);
        this.accessRows = new AccessRows(dsl);
    }

    /**
     * Writes the complaint, its timeline from the registration on, what the monitor's first look
     * found of its clocks (its watch row and the rounds for the statistics, as the monitor writes
     * them) or else a request for the monitor's attention, its request, and the records of
     * personal data access of the answer in one transaction. A concurrent retry of the same request
     * waits on the request id's unique index until this transaction ends, then fails. The months'
     * partitions of the records are created before, in transactions of their own.
     *
     * @throws IllegalArgumentException if the complaint is not new: its timeline must start here;
     *                                  or if the first look is not one the registration may record
     */
    @Override
    public void insert(Complaint complaint, IdempotencyKey request, Optional<Attention.Outcome> firstLook,
                       List<PersonalDataAccess> accesses) {
        if (complaint.storedVersion() != 0) {
            throw new IllegalArgumentException(complaint + " is not new: its new timeline entries start after version "
                    + complaint.storedVersion() + ", not with its registration");
        }
        firstLook.ifPresent(outcome -> requireRecordable(complaint, outcome));
        var writes = new StatementChain()
                .insert(rows.toRecord(complaint.snapshot()))
                .insert(complaint.newEvents().stream().map(ComplaintEventRows::toRecord).toList());
        // The watch row before the scope: each scope row starts from it (V18), none is updated after.
        if (firstLook.isPresent()) {
            writes.insert(WatchRows.record(firstLook.get()))
                    .insert(ClockFacts.firstRecords(complaint, firstLook.get().rounds()));
        } else {
            // A new complaint has no watch row yet: the monitor looks at it from the registration on.
            var watch = new ComplaintWatchRecord();
            watch.setComplaintId(complaint.id().value());
            watch.setNextAttentionAt(ComplaintRows.storable(complaint.newEvents().getLast().occurredAt()));
            writes.insert(watch);
        }
        writes.insert(ComplaintScopes.records(complaint))
                .insert(requestRecord(complaint, request));
        accessRows.append(writes, accesses);
        try {
            // Every row of the registration in one round trip; the transaction around it costs the
            // commit's, and makes the registration a transaction of its own to the listeners (traces).
            dsl.transaction(tx -> writes.execute(tx.dsl()));
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

    /**
     * Writes the changed complaint, its new timeline entries, the notices its steps issued and its
     * request in one transaction,
     * provided the stored complaint is still at {@link Complaint#storedVersion()}.
     *
     * <p>The request is recorded first. A concurrent retry of the same request then waits on the
     * request id's unique index and fails as the duplicate it is, which the use case replays; were
     * the complaint written first, the retry would wait on the complaint's row and be told that
     * the version is stale. A concurrent step of another request waits on the complaint's row,
     * then finds the version moved on and matches no row (READ COMMITTED), or is refused with a
     * serialization failure (REPEATABLE READ, SERIALIZABLE): either way it is stale.
     *
     * @throws IllegalArgumentException if the complaint took no step since it was read
     */
    @Override
    public void update(Complaint complaint, IdempotencyKey request, NoticeWrites notices) {
        if (complaint.newEvents().isEmpty()) {
            throw new IllegalArgumentException(complaint + " has no new timeline entries: there is no step to store");
        }
        try {
            dsl.transaction(tx -> {
                recordRequest(tx.dsl(), complaint, request);
                if (!writeSteps(tx.dsl(), rows, complaint)) {
                    throw stale(complaint);
                }
                NoticeRows.insert(tx.dsl(), complaint, notices.issued());
                NoticeRows.recordOutcomes(tx.dsl(), complaint, notices.outcomes());
                askForAttention(tx.dsl(), complaint);
            });
        } catch (DataAccessException e) {
            if (PostgresErrors.isUniqueViolation(e, Keys.REQUEST_LOG_PKEY)) {
                throw new DuplicateRequestException(request.requestId(), e);
            }
            // A concurrent step got there first, or there is no such complaint at all: either way
            // the stored complaint is not at the version this step was taken on.
            if (PostgresErrors.isSerializationFailure(e)
                    || PostgresErrors.isForeignKeyViolation(e, Keys.REQUEST_LOG__REQUEST_LOG_COMPLAINT_FKEY)) {
                throw stale(complaint);
            }
            if (PostgresErrors.isUniqueViolation(e, Keys.COMPLAINT_EVENT_PKEY)) {
                // The version check passed, so the timeline ran ahead of the version: set back by hand.
                throw new IllegalStateException("the timeline of complaint " + complaint.id()
                        + " already has entries after version " + complaint.storedVersion()
                        + ": complaint.version is behind complaint_event", e);
            }
            throw e;
        }
    }

    /**
     * Writes the complaint's row and its new timeline entries, provided the stored row is still at
     * {@link Complaint#storedVersion()}; false, with nothing written, if it is not.
     */
    static boolean writeSteps(DSLContext tx, ComplaintRows rows, Complaint complaint) {
        if (conditionalUpdate(tx, rows, complaint).execute() == 0) {
            return false;
        }
        appendEvents(tx, complaint);
        ComplaintScopes.rewriteIfMoved(tx, complaint);
        return true;
    }

    /** The write of the complaint's row, matching no row unless it is still at its stored version. */
    static Query conditionalUpdate(DSLContext tx, ComplaintRows rows, Complaint complaint) {
        ComplaintRecord row = rows.toRecord(complaint.snapshot());
        // Every column, NULLs included (a returned dispatch clears its group), except the key.
        row.changed(true);
        row.changed(COMPLAINT.ID, false);
        return tx.update(COMPLAINT)
                .set(row)
                .where(COMPLAINT.ID.eq(complaint.id().value()))
                .and(COMPLAINT.VERSION.eq(complaint.storedVersion()));
    }

    /** The insert of the complaint's new timeline entries. */
    static Query eventInsert(DSLContext tx, Complaint complaint) {
        return tx.insertInto(COMPLAINT_EVENT, COMPLAINT_EVENT.fields())
                .valuesOfRecords(complaint.newEvents().stream().map(ComplaintEventRows::toRecord).toList());
    }

    private static StaleEtagException stale(Complaint complaint) {
        // The conditional write does not learn the current version; reading it would cost a query.
        return new StaleEtagException(complaint.id(), complaint.storedVersion(), Optional.empty());
    }

    /** One multi-row INSERT: a single round trip, however many steps the complaint took. */
    private static void appendEvents(DSLContext tx, Complaint complaint) {
        eventInsert(tx, complaint).execute();
    }

    /**
     * Alerts are recorded and steps taken by the monitor alone, in its own transaction, so that each
     * happens exactly once.
     */
    private static void requireRecordable(Complaint complaint, Attention.Outcome firstLook) {
        if (!firstLook.complaint().id().equals(complaint.id()) || firstLook.complaint().version() != complaint.version()) {
            throw new IllegalArgumentException("the first look is not of " + complaint + " as registered");
        }
        if (!firstLook.alerts().isEmpty()) {
            throw new IllegalArgumentException("the first look at " + complaint.id()
                    + " has alerts: the monitor must record them itself");
        }
    }

    /** The watch row and the clock rounds in one round trip. */
    /**
     * A step may start, meet or re-time clocks: the monitor looks at the complaint from the step's
     * time on (or from an earlier time it was already due). Written in the step's transaction, so
     * that no stored step goes unseen by the monitor.
     */
    static void askForAttention(DSLContext tx, Complaint complaint) {
        Instant at = ComplaintRows.storable(complaint.newEvents().getLast().occurredAt());
        tx.insertInto(COMPLAINT_WATCH, COMPLAINT_WATCH.COMPLAINT_ID, COMPLAINT_WATCH.NEXT_ATTENTION_AT)
                .values(complaint.id().value(), at)
                .onConflict(COMPLAINT_WATCH.COMPLAINT_ID)
                // LEAST skips NULL: a complaint no clock needed until now is due at the step. The
                // time is bound, not inlined, so that the statement's text is the same every time
                // and is parsed and planned once per connection.
                .doUpdate().set(COMPLAINT_WATCH.NEXT_ATTENTION_AT,
                        least(COMPLAINT_WATCH.NEXT_ATTENTION_AT, excluded(COMPLAINT_WATCH.NEXT_ATTENTION_AT)))
                .execute();
    }

    private static void recordRequest(DSLContext tx, Complaint complaint, IdempotencyKey request) {
        tx.insertInto(REQUEST_LOG).set(requestRecord(complaint, request)).execute();
    }

    private static RequestLogRecord requestRecord(Complaint complaint, IdempotencyKey request) {
        var row = new RequestLogRecord();
        row.setRequestId(request.requestId().value());
        row.setOperation(request.operation());
        row.setFingerprint(request.fingerprint());
        row.setComplaintId(complaint.id().value());
        return row;
    }

    @Override
    public Optional<Complaint> findById(ComplaintId id) {
        return byId.with(dsl, id.value()).fetchOptional(rows::toComplaint);
    }

    @Override
    public Optional<Complaint> findByTicketNumber(TicketNumber ticketNumber) {
        return dsl.selectFrom(COMPLAINT)
                .where(COMPLAINT.TICKET_NUMBER.eq(ticketNumber.value()))
                .fetchOptional(rows::toComplaint);
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
        return listQuery(Optional.empty(), filter, limit, after).fetch(rows::toComplaint);
    }

    /**
     * Like {@link #list}, of the complaints {@code unit} reaches only. The page is read from
     * complaint_scope's index in list order (see V7__unit_scope.sql), so it costs the same
     * however many complaints other units hold.
     */
    @Override
    public List<Complaint> listReachedBy(OrgUnitId unit, ComplaintFilter filter, int limit,
                                         Optional<PageCursor> after) {
        return listQuery(Optional.of(unit), filter, limit, after).fetch(rows::toComplaint);
    }

    /** The query behind {@link #list} and {@link #listReachedBy}; tests ask PostgreSQL how it plans it. */
    ResultQuery<ComplaintRecord> listQuery(Optional<OrgUnitId> reachedBy, ComplaintFilter filter, int limit,
                                           Optional<PageCursor> after) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        List<Condition> where = conditions(filter, after);
        clockConditions(filter, reachedBy.isPresent(), where);
        if (reachedBy.isEmpty()) {
            after.ifPresent(cursor -> where.add(row(COMPLAINT.RECEIVED_AT, COMPLAINT.ID)
                    .lt(ComplaintRows.storable(cursor.receivedAt()), cursor.id().value())));
            return dsl.selectFrom(COMPLAINT)
                    .where(where)
                    .orderBy(COMPLAINT.RECEIVED_AT.desc(), COMPLAINT.ID.desc())
                    .limit(inline(limit));
        }
        // Order and cursor on the scope's copy of the list key, so that its index serves the page.
        where.add(COMPLAINT_SCOPE.UNIT.eq(reachedBy.get().value()));
        after.ifPresent(cursor -> where.add(row(COMPLAINT_SCOPE.RECEIVED_AT, COMPLAINT_SCOPE.COMPLAINT_ID)
                .lt(ComplaintRows.storable(cursor.receivedAt()), cursor.id().value())));
        return dsl.select(COMPLAINT.fields())
                .from(COMPLAINT_SCOPE)
                .join(COMPLAINT).on(COMPLAINT.ID.eq(COMPLAINT_SCOPE.COMPLAINT_ID))
                .where(where)
                .orderBy(COMPLAINT_SCOPE.RECEIVED_AT.desc(), COMPLAINT_SCOPE.COMPLAINT_ID.desc())
                // A literal limit: with it bound, a statement prepared on the server may switch to
                // a generic plan that gathers the unit's whole scope in parallel (53 ms, not 0.3).
                .limit(inline(limit))
                .coerce(COMPLAINT);
    }

    /** The filter's conditions on the complaint; the cursor bounds the receipt range it makes redundant. */
    private List<Condition> conditions(ComplaintFilter filter, Optional<PageCursor> after) {
        List<Condition> where = new ArrayList<>();
        filter.state().ifPresent(s -> where.add(COMPLAINT.STATE.eq(s.name())));
        filter.utilityDomain().ifPresent(d -> where.add(COMPLAINT.UTILITY_DOMAIN.eq(d.name())));
        filter.nature().ifPresent(n -> where.add(COMPLAINT.NATURE.eq(n.name())));
        filter.severity().ifPresent(s -> where.add(COMPLAINT.SEVERITY.eq(ComplaintRows.level(s))));
        filter.channel().ifPresent(c -> where.add(COMPLAINT.CHANNEL.eq(c.name())));
        filter.orgUnit().ifPresent(o -> where.add(COMPLAINT.ORG_UNIT.eq(o.value())));
        filter.leadDepartment().ifPresent(d -> where.add(COMPLAINT.LEAD_DEPARTMENT.eq(d.value())));
        filter.handler().ifPresent(h -> where.add(COMPLAINT.DISPATCH_HANDLER.eq(h.value())));
        // Through the blind index, under every index key: rows indexed before a rotation too.
        filter.complainantPhone().ifPresent(p -> where.add(COMPLAINT.COMPLAINANT_PHONE_INDEX.in(cipher.indexCandidates(p))));
        filter.complainantAccountNumber().ifPresent(a ->
                where.add(COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER_INDEX.in(cipher.indexCandidates(a))));
        filter.receivedFrom().ifPresent(t -> where.add(COMPLAINT.RECEIVED_AT.ge(ComplaintRows.storable(t))));
        filter.receivedBefore()
                // A cursor earlier than the end of the range already bounds the scan, and more
                // tightly: PostgreSQL would start the index scan at the range's end instead and
                // step over every row between there and the cursor.
                .filter(before -> after.map(cursor -> !cursor.receivedAt().isBefore(before)).orElse(true))
                .ifPresent(t -> where.add(COMPLAINT.RECEIVED_AT.lt(ComplaintRows.storable(t))));
        return where;
    }

    /**
     * The clock filters: on the scope's copy of the watch row when the list is a unit's (V18), read
     * with the scope in list order; else through the watch rows.
     */
    private static void clockConditions(ComplaintFilter filter, boolean onScope, List<Condition> where) {
        filter.dueBefore().map(ComplaintRows::storable).ifPresent(t -> where.add(onScope
                ? COMPLAINT_SCOPE.EARLIEST_DUE.lt(t)
                : COMPLAINT.ID.in(select(COMPLAINT_WATCH.COMPLAINT_ID).from(COMPLAINT_WATCH)
                        .where(COMPLAINT_WATCH.EARLIEST_DUE.lt(t)))));
        filter.clockStatus().map(Enum::name).ifPresent(s -> where.add(onScope
                ? COMPLAINT_SCOPE.CLOCK_STATUS.eq(s)
                : COMPLAINT.ID.in(select(COMPLAINT_WATCH.COMPLAINT_ID).from(COMPLAINT_WATCH)
                        .where(COMPLAINT_WATCH.CLOCK_STATUS.eq(s)))));
    }

    private static RecordedRequest toRecordedRequest(RequestLogRecord r) {
        return new RecordedRequest(new RequestId(r.getRequestId()), r.getOperation(), r.getFingerprint(),
                new ComplaintId(r.getComplaintId()));
    }
}
