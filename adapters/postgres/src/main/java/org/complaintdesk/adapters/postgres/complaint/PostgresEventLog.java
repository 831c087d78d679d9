package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.CLOCK_ALERT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_NOTICE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EARLY_WARNING;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_OUTBOX;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_POSITION;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_RELAY;
import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.complaintdesk.adapters.postgres.MonthlyPartitions;
import org.complaintdesk.adapters.postgres.warning.PostgresEarlyWarnings;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintNoticeRecord;
import org.complaintdesk.adapters.postgres.jooq.tables.records.EventOutboxRecord;
import org.complaintdesk.application.event.EventId;
import org.complaintdesk.application.event.EventSelection;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.application.port.out.EventLog;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.notice.NoticeKind;
import org.complaintdesk.domain.notice.RenderedNotice;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The outbox in PostgreSQL ({@code event_outbox}, see V10__event_outbox.sql): the triggers write a
 * row for each timeline entry, clock alert, notice and early warning in the change's own transaction; this class
 * numbers the committed rows and reads them, joined with their sources, by position.
 */
public final class PostgresEventLog implements EventLog {
    private static final String TIMELINE = "TIMELINE";
    private static final String ALERT = "ALERT";
    private static final String NOTICE = "NOTICE";
    private static final String WARNING = "WARNING";

    private final DSLContext dsl;
    private final MonthlyPartitions partitions;

    public PostgresEventLog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.partitions = new MonthlyPartitions(dsl, EVENT_OUTBOX);
    }

    /**
     * Creates the partitions of the month of {@code now} and of the next, so that the triggers'
     * rows land in their month's partition, not the default. Called at start and by each
     * sequencing pass; a month once settled costs nothing.
     */
    public void preparePartitions(Instant now) {
        partitions.prepareFor(List.of(now, now.plus(1, ChronoUnit.DAYS)));
    }

    /**
     * Holds event_position's row for the pass (skipping the pass if another instance holds it),
     * then, in later statements that see everything committed before the lock was granted, numbers
     * the rows still without a position: each complaint's in timeline order, a timeline entry
     * before the alert and the notice recorded at the same version.
     */
    @Override
    public int sequencePending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        preparePartitions(Instant.now());
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Long last = d.select(EVENT_POSITION.LAST).from(EVENT_POSITION).forUpdate().skipLocked()
                    .fetchOne(EVENT_POSITION.LAST);
            if (last == null) {
                return 0;
            }
            List<Long> given = d.resultQuery("""
                    with pending as (
                        select tenant, recorded_at, id,
                               row_number() over (order by complaint_id, sequence, source_rank, recorded_at, id) as n
                        from (select tenant, recorded_at, id, complaint_id, sequence,
                                     case source when 'TIMELINE' then 0 when 'ALERT' then 1 else 2 end as source_rank
                              from event_outbox
                              where position is null
                              order by complaint_id, sequence, source_rank, recorded_at, id
                              limit {0}) oldest
                    )
                    update event_outbox o
                    set position = {1} + pending.n
                    from pending
                    where o.tenant = pending.tenant and o.recorded_at = pending.recorded_at and o.id = pending.id
                    returning o.position""", inline(limit), inline(last))
                    .fetch(0, Long.class);
            if (given.isEmpty()) {
                return 0;
            }
            d.update(EVENT_POSITION).set(EVENT_POSITION.LAST, last + given.size()).execute();
            return given.size();
        });
    }

    @Override
    public List<PublishedEvent> readAfter(long afterPosition, EventSelection selection, int limit) {
        return readAfter(dsl, afterPosition, selection, limit);
    }

    private static List<PublishedEvent> readAfter(DSLContext d, long afterPosition, EventSelection selection, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        List<Condition> where = new ArrayList<>();
        where.add(EVENT_OUTBOX.POSITION.gt(afterPosition));
        if (!selection.allTypes()) {
            where.add(types(selection));
        }
        selection.reachedBy().ifPresent(unit -> where.add(exists(selectOne().from(COMPLAINT_SCOPE)
                .where(COMPLAINT_SCOPE.TENANT.eq(EVENT_OUTBOX.TENANT))
                .and(COMPLAINT_SCOPE.COMPLAINT_ID.eq(EVENT_OUTBOX.COMPLAINT_ID))
                .and(COMPLAINT_SCOPE.UNIT.eq(unit.value())))));
        return d.select(EVENT_OUTBOX.fields()).select(COMPLAINT_EVENT.fields()).select(CLOCK_ALERT.fields())
                .select(COMPLAINT_NOTICE.fields()).select(EARLY_WARNING.fields())
                .from(EVENT_OUTBOX)
                .leftJoin(COMPLAINT_EVENT).on(EVENT_OUTBOX.SOURCE.eq(TIMELINE)
                        .and(COMPLAINT_EVENT.COMPLAINT_ID.eq(EVENT_OUTBOX.COMPLAINT_ID))
                        .and(COMPLAINT_EVENT.SEQUENCE.eq(EVENT_OUTBOX.SEQUENCE)))
                .leftJoin(CLOCK_ALERT).on(EVENT_OUTBOX.SOURCE.eq(ALERT)
                        .and(CLOCK_ALERT.COMPLAINT_ID.eq(EVENT_OUTBOX.COMPLAINT_ID))
                        .and(CLOCK_ALERT.CLOCK.eq(EVENT_OUTBOX.ALERT_CLOCK))
                        .and(CLOCK_ALERT.ROUND.eq(EVENT_OUTBOX.ALERT_ROUND))
                        .and(CLOCK_ALERT.KIND.eq(EVENT_OUTBOX.TYPE)))
                .leftJoin(COMPLAINT_NOTICE).on(EVENT_OUTBOX.SOURCE.eq(NOTICE)
                        .and(COMPLAINT_NOTICE.TENANT.eq(EVENT_OUTBOX.TENANT))
                        .and(COMPLAINT_NOTICE.COMPLAINT_ID.eq(EVENT_OUTBOX.COMPLAINT_ID))
                        .and(COMPLAINT_NOTICE.ID.eq(EVENT_OUTBOX.NOTICE_ID)))
                .leftJoin(EARLY_WARNING).on(EVENT_OUTBOX.SOURCE.eq(WARNING)
                        .and(EARLY_WARNING.TENANT.eq(EVENT_OUTBOX.TENANT))
                        .and(EARLY_WARNING.ID.eq(EVENT_OUTBOX.WARNING_ID)))
                .where(where)
                .orderBy(EVENT_OUTBOX.POSITION)
                // A literal limit keeps the plan to the position index (see PostgresComplaintStore).
                .limit(inline(limit))
                .fetch(PostgresEventLog::toEvent);
    }

    private static Condition types(EventSelection selection) {
        List<Condition> wanted = new ArrayList<>();
        if (!selection.entryTypes().isEmpty()) {
            wanted.add(and(EVENT_OUTBOX.SOURCE.eq(TIMELINE),
                    EVENT_OUTBOX.TYPE.in(selection.entryTypes().stream().map(Enum::name).toList())));
        }
        if (!selection.alertKinds().isEmpty()) {
            wanted.add(and(EVENT_OUTBOX.SOURCE.eq(ALERT),
                    EVENT_OUTBOX.TYPE.in(selection.alertKinds().stream().map(Enum::name).toList())));
        }
        if (selection.notices()) {
            wanted.add(EVENT_OUTBOX.SOURCE.eq(NOTICE));
        }
        if (selection.earlyWarnings()) {
            wanted.add(EVENT_OUTBOX.SOURCE.eq(WARNING));
        }
        return wanted.isEmpty() ? falseCondition() : or(wanted);
    }

    @Override
    public long lastPosition() {
        Long last = dsl.select(EVENT_POSITION.LAST).from(EVENT_POSITION).fetchOne(EVENT_POSITION.LAST);
        return last == null ? 0 : last;
    }

    @Override
    public RelayPass relay(String relay, int limit, Consumer<List<PublishedEvent>> publish) {
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(publish, "publish");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        // A relay used for the first time starts at the events to come, not at the whole history.
        dsl.insertInto(EVENT_RELAY, EVENT_RELAY.NAME, EVENT_RELAY.POSITION, EVENT_RELAY.UPDATED_AT)
                .select(dsl.select(inline(relay), EVENT_POSITION.LAST, currentTime()).from(EVENT_POSITION))
                .onConflictDoNothing()
                .execute();
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Long cursor = d.select(EVENT_RELAY.POSITION).from(EVENT_RELAY)
                    .where(EVENT_RELAY.NAME.eq(relay))
                    .forUpdate().skipLocked()
                    .fetchOne(EVENT_RELAY.POSITION);
            if (cursor == null) {
                return new RelayPass(false, 0, -1);
            }
            List<PublishedEvent> events = readAfter(d, cursor, EventSelection.ALL, limit);
            if (events.isEmpty()) {
                return new RelayPass(true, 0, cursor);
            }
            publish.accept(events);
            long reached = events.getLast().position();
            d.update(EVENT_RELAY)
                    .set(EVENT_RELAY.POSITION, reached)
                    .set(EVENT_RELAY.UPDATED_AT, currentTime())
                    .where(EVENT_RELAY.NAME.eq(relay))
                    .execute();
            return new RelayPass(true, events.size(), reached);
        });
    }

    private static Field<Instant> currentTime() {
        return currentInstant();
    }

    private static PublishedEvent toEvent(Record row) {
        EventOutboxRecord o = row.into(EVENT_OUTBOX);
        ComplaintId complaint = new ComplaintId(o.getComplaintId());
        PublishedEvent.Body body = switch (o.getSource()) {
            case TIMELINE -> new PublishedEvent.TimelineEntry(ComplaintEventRows.toEvent(row.into(COMPLAINT_EVENT)));
            case ALERT -> new PublishedEvent.AlertRaised(PostgresClockWatch.toAlert(row.into(CLOCK_ALERT)));
            case NOTICE -> new PublishedEvent.NoticeIssued(toNotice(row.into(COMPLAINT_NOTICE)));
            case WARNING -> new PublishedEvent.WarningRaised(PostgresEarlyWarnings.toWarning(row.into(EARLY_WARNING)));
            default -> throw new IllegalStateException("event_outbox row " + o.getId() + " has an unknown source");
        };
        return new PublishedEvent(new EventId(o.getId()), o.getPosition(), complaint, o.getSequence(),
                new OrgUnitId(o.getOrgUnit()), o.getRecordedAt(), body);
    }

    private static IssuedNotice toNotice(ComplaintNoticeRecord r) {
        return new IssuedNotice(r.getId(), new ComplaintId(r.getComplaintId()), new TicketNumber(r.getTicketNumber()),
                new RenderedNotice(NoticeKind.valueOf(r.getKind()), NoticeChannel.valueOf(r.getChannel()), r.getText()),
                r.getIssuedAt(), r.getConfirmBy());
    }
}
