package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.CLOCK_ALERT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_NOTICE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.row;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ClockAlertRecord;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintEventRecord;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintWatchRecord;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.application.notice.RecordedNotice;
import org.complaintdesk.application.notice.UnconfirmedNotice;
import org.complaintdesk.application.port.out.ClockWatch;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.notice.NoticeOccasions;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The monitor's queue and records in PostgreSQL ({@code complaint_watch}, {@code clock_alert}, see
 * V5__oversight_and_monitor.sql), the notices it finds unconfirmed ({@code complaint_notice}), and
 * the rounds of the clocks it timed for the statistics ({@code complaint_clock_fact}, V13__statistics_facts.sql).
 *
 * <p>Several instances share the work with {@code FOR UPDATE SKIP LOCKED}: each takes the earliest
 * due complaints no other instance holds, locking their watch and complaint rows until its
 * transaction ends, so one complaint is attended by one instance at a time and a step on it waits
 * for the monitor (and is then seen at its next attention). An alert's primary key makes its
 * record happen once whoever tries; its delivery is marked in the transaction that delivers it.
 * The queue is the partial index on {@code next_attention_at}: a pass reads only the complaints
 * due, however many are open.
 */
public final class PostgresClockWatch implements ClockWatch {
    private static final TypeReference<TreeMap<String, String>> DUES = new TypeReference<>() {
    };

    /** Alerts a statement: far below PostgreSQL's 65,535 parameters at 9 an alert. */
    private static final int ALERTS_PER_STATEMENT = 2_000;
    /** Timeline entries a statement: far below PostgreSQL's 65,535 parameters at 11 an entry. */
    private static final int EVENTS_PER_STATEMENT = 2_000;

    private final DSLContext dsl;
    private final ComplaintRows rows;

    public PostgresClockWatch(DSLContext dsl, PersonalDataCipher cipher) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.rows = new ComplaintRows(cipher);
    }

    @Override
    public Tally attend(Instant now, int limit, Function<Attention, Attention.Outcome> work) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            List<Record> due = d.select(COMPLAINT_WATCH.fields()).select(COMPLAINT.fields())
                    .from(COMPLAINT_WATCH)
                    .join(COMPLAINT).on(COMPLAINT.ID.eq(COMPLAINT_WATCH.COMPLAINT_ID))
                    .where(COMPLAINT_WATCH.NEXT_ATTENTION_AT.le(ComplaintRows.storable(now)))
                    .orderBy(COMPLAINT_WATCH.NEXT_ATTENTION_AT)
                    .limit(limit)
                    .forUpdate().skipLocked()
                    .fetch();
            if (due.isEmpty()) {
                return Tally.NONE;
            }
            Map<UUID, List<ComplaintEvent>> timelines = timelines(d,
                    due.stream().map(r -> r.get(COMPLAINT.ID)).toList());
            // The steps write only the columns they change (an escalation: a few of over a hundred),
            // one statement for each set of columns: the batch's steps are mostly of one kind.
            Map<List<Field<?>>, MultiRowUpdate<ComplaintRecord>> changed = new LinkedHashMap<>();
            List<ComplaintEventRecord> events = new ArrayList<>();
            // The watch rows are locked by this transaction: the key is their guard.
            var watches = new MultiRowUpdate<ComplaintWatchRecord>(COMPLAINT_WATCH.COMPLAINT_ID,
                    COMPLAINT_WATCH.COMPLAINT_ID);
            var rounds = new ClockFacts.Batch();
            List<ClockAlertRecord> alerts = new ArrayList<>();
            int stepped = 0;
            int steps = 0;
            int escalations = 0;
            for (Record row : due) {
                ComplaintRecord stored = row.into(COMPLAINT);
                Complaint complaint = rows.toComplaint(stored);
                ComplaintWatchRecord watch = row.into(COMPLAINT_WATCH);
                List<ComplaintEvent> timeline = timelines.getOrDefault(complaint.id().value(), List.of()).stream()
                        .filter(e -> e.sequence() <= complaint.version()).toList();
                Attention.Outcome outcome = work.apply(new Attention(complaint, timeline, recorded(watch)));
                if (outcome.changedComplaint()) {
                    ComplaintRecord written = rows.toRecord(outcome.complaint().snapshot(), stored,
                            complaint.submission().complainant());
                    changed.computeIfAbsent(ComplaintRows.changedColumns(stored, written),
                                    columns -> new MultiRowUpdate<>(COMPLAINT.ID, COMPLAINT.VERSION, columns))
                            .add(written, outcome.complaint().storedVersion());
                    stepped++;
                    outcome.complaint().newEvents().forEach(e -> events.add(ComplaintEventRows.toRecord(e)));
                    steps += outcome.complaint().newEvents().size();
                    escalations += (int) outcome.complaint().newEvents().stream()
                            .filter(e -> e.type() == EventType.SUPERVISED).count();
                }
                ComplaintWatchRecord recorded = WatchRows.record(outcome);
                watches.add(recorded, recorded.getComplaintId());
                rounds.add(outcome.complaint(), outcome.rounds());
                outcome.alerts().forEach(a -> alerts.add(toRecord(a)));
            }
            // One statement for each kind of step and one for the records (their triggers fire
            // once), then a round trip each for the steps' timeline entries, the rounds and the alerts.
            if (!changed.isEmpty()) {
                // The rows are locked by this transaction, so no version can have moved on.
                int written = 0;
                for (MultiRowUpdate<ComplaintRecord> update : changed.values()) {
                    written += update.execute(d);
                }
                if (written != stepped) {
                    throw new IllegalStateException("a complaint changed under the monitor's lock");
                }
                var entries = new StatementChain();
                for (int from = 0; from < events.size(); from += EVENTS_PER_STATEMENT) {
                    entries.insert(events.subList(from, Math.min(from + EVENTS_PER_STATEMENT, events.size())));
                }
                entries.execute(d);
            }
            if (watches.execute(d) != watches.size()) {
                throw new IllegalStateException("a watch row went missing under the monitor's lock");
            }
            rounds.execute(d);
            // One insert for the batch's alerts (its outbox trigger fires once); each is recorded
            // once whoever tries, and the kinds of those recorded now are counted.
            int warnings = 0;
            int breaches = 0;
            for (String kind : recordNew(d, alerts)) {
                if (ClockAlert.Kind.valueOf(kind) == ClockAlert.Kind.WARNING) {
                    warnings++;
                } else {
                    breaches++;
                }
            }
            return new Tally(due.size(), warnings, breaches, steps, escalations);
        });
    }

    @Override
    public int release(Instant now, int limit, Consumer<List<ClockAlert>> deliver) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            List<ClockAlertRecord> rows = d.selectFrom(CLOCK_ALERT)
                    .where(CLOCK_ALERT.NOTIFIED_AT.isNull())
                    .and(CLOCK_ALERT.NOTIFY_AT.le(ComplaintRows.storable(now)))
                    .orderBy(CLOCK_ALERT.NOTIFY_AT)
                    .limit(limit)
                    .forUpdate().skipLocked()
                    .fetch();
            if (rows.isEmpty()) {
                return 0;
            }
            deliver.accept(rows.stream().map(PostgresClockWatch::toAlert).toList());
            d.update(CLOCK_ALERT)
                    .set(CLOCK_ALERT.NOTIFIED_AT, ComplaintRows.storable(now))
                    .where(row(CLOCK_ALERT.COMPLAINT_ID, CLOCK_ALERT.CLOCK, CLOCK_ALERT.ROUND, CLOCK_ALERT.KIND).in(
                            rows.stream().map(r -> row(r.getComplaintId(), r.getClock(), r.getRound(), r.getKind()))
                                    .toList()))
                    .execute();
            return rows.size();
        });
    }

    /**
     * The complaint's row is locked before its notices', as a gateway's report locks them (the
     * complaint in its step, then the notice), so the two never wait on each other in a circle.
     */
    @Override
    public List<UnconfirmedNotice> noteUnconfirmed(Instant now, int limit, Function<UnconfirmedNotice, Complaint> note) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        Instant at = ComplaintRows.storable(now);
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            List<UUID> complaints = d.selectDistinct(COMPLAINT_NOTICE.COMPLAINT_ID, COMPLAINT_NOTICE.CONFIRM_BY)
                    .from(COMPLAINT_NOTICE)
                    .where(COMPLAINT_NOTICE.OUTCOME.isNull()).and(COMPLAINT_NOTICE.CONFIRM_BY.le(at))
                    .orderBy(COMPLAINT_NOTICE.CONFIRM_BY)
                    .limit(limit)
                    .fetch(COMPLAINT_NOTICE.COMPLAINT_ID).stream().distinct().toList();
            List<UnconfirmedNotice> noted = new ArrayList<>();
            for (UUID id : complaints) {
                var row = d.selectFrom(COMPLAINT).where(COMPLAINT.ID.eq(id)).forUpdate().skipLocked().fetchOptional();
                if (row.isEmpty()) {
                    continue;
                }
                Complaint complaint = rows.toComplaint(row.get());
                List<RecordedNotice> due = d.selectFrom(COMPLAINT_NOTICE)
                        .where(COMPLAINT_NOTICE.COMPLAINT_ID.eq(id))
                        .and(COMPLAINT_NOTICE.OUTCOME.isNull()).and(COMPLAINT_NOTICE.CONFIRM_BY.le(at))
                        .orderBy(COMPLAINT_NOTICE.CONFIRM_BY, COMPLAINT_NOTICE.ID)
                        .forUpdate()
                        .fetch(NoticeRows::toNotice);
                Complaint changed = complaint;
                for (RecordedNotice notice : due) {
                    noted.add(new UnconfirmedNotice(complaint, notice));
                    changed = note.apply(new UnconfirmedNotice(changed, notice));
                }
                if (!changed.newEvents().isEmpty()) {
                    if (PostgresComplaintStore.conditionalUpdate(d, rows, changed).execute() == 0) {
                        throw new IllegalStateException("a complaint changed under the monitor's lock");
                    }
                    // No attention asked for: the note starts, meets and re-times no clock, and the
                    // complaint would otherwise wait as the monitor's backlog for a pass with nothing to do.
                    PostgresComplaintStore.eventInsert(d, changed).execute();
                }
                NoticeRows.recordOutcomes(d, changed, due.stream()
                        .map(n -> new NoticeWrites.Outcome(n.issued().id(), DeliveryOutcome.UNCONFIRMED, at)).toList());
            }
            return List.copyOf(noted);
        });
    }

    /** Inserts the alerts not yet recorded, {@value #ALERTS_PER_STATEMENT} a statement; the kinds of those it inserted. */
    private static List<String> recordNew(DSLContext d, List<ClockAlertRecord> alerts) {
        List<String> kinds = new ArrayList<>();
        for (int from = 0; from < alerts.size(); from += ALERTS_PER_STATEMENT) {
            List<ClockAlertRecord> part = alerts.subList(from, Math.min(from + ALERTS_PER_STATEMENT, alerts.size()));
            kinds.addAll(d.insertInto(CLOCK_ALERT, CLOCK_ALERT.COMPLAINT_ID, CLOCK_ALERT.CLOCK, CLOCK_ALERT.ROUND,
                            CLOCK_ALERT.KIND, CLOCK_ALERT.TICKET_NUMBER, CLOCK_ALERT.ORG_UNIT, CLOCK_ALERT.DUE,
                            CLOCK_ALERT.RAISED_AT, CLOCK_ALERT.NOTIFY_AT)
                    .valuesOfRecords(part.stream().map(r -> r.into(CLOCK_ALERT.COMPLAINT_ID, CLOCK_ALERT.CLOCK,
                            CLOCK_ALERT.ROUND, CLOCK_ALERT.KIND, CLOCK_ALERT.TICKET_NUMBER, CLOCK_ALERT.ORG_UNIT,
                            CLOCK_ALERT.DUE, CLOCK_ALERT.RAISED_AT, CLOCK_ALERT.NOTIFY_AT)).toList())
                    .onConflictDoNothing()
                    .returningResult(CLOCK_ALERT.KIND)
                    .fetch(CLOCK_ALERT.KIND));
        }
        return kinds;
    }

    /**
     * Level-1 complaints are few, so those open are read by their state and severity without an
     * index of their own; the latest notice of each is found by {@code complaint_notice}'s index.
     */
    @Override
    public int issueProgress(Instant now, Duration every, int limit, Function<Complaint, Optional<IssuedNotice>> issue) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        Instant toldBefore = ComplaintRows.storable(now.minus(every));
        var lastTold = DSL.coalesce(DSL.field(DSL.select(DSL.max(COMPLAINT_NOTICE.ISSUED_AT)).from(COMPLAINT_NOTICE)
                .where(COMPLAINT_NOTICE.COMPLAINT_ID.eq(COMPLAINT.ID))), COMPLAINT.REGISTERED_AT);
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            List<ComplaintRecord> due = d.selectFrom(COMPLAINT)
                    .where(COMPLAINT.SEVERITY.eq((short) Severity.LEVEL_1.number()))
                    .and(COMPLAINT.STATE.in(NoticeOccasions.PROGRESS_STATES.stream().map(Enum::name).toList()))
                    .and(lastTold.le(toldBefore))
                    .orderBy(COMPLAINT.REGISTERED_AT)
                    .limit(limit)
                    .forUpdate().skipLocked()
                    .fetch();
            int issued = 0;
            for (ComplaintRecord row : due) {
                Complaint complaint = rows.toComplaint(row);
                Optional<IssuedNotice> notice = issue.apply(complaint);
                if (notice.isPresent()) {
                    NoticeRows.insert(d, complaint, List.of(notice.get()));
                    issued++;
                }
            }
            return issued;
        });
    }

    @Override
    public int attendAllRunning(Instant at) {
        Instant from = ComplaintRows.storable(at);
        return dsl.update(COMPLAINT_WATCH)
                .set(COMPLAINT_WATCH.NEXT_ATTENTION_AT, least(COMPLAINT_WATCH.NEXT_ATTENTION_AT, inline(from)))
                .where(COMPLAINT_WATCH.EARLIEST_DUE.isNotNull()
                        .or(COMPLAINT_WATCH.RUNNING_DUES.ne(JSONB.valueOf("{}"))))
                .execute();
    }

    private static Map<UUID, List<ComplaintEvent>> timelines(DSLContext d, List<UUID> ids) {
        return d.selectFrom(COMPLAINT_EVENT)
                .where(COMPLAINT_EVENT.COMPLAINT_ID.in(ids))
                .orderBy(COMPLAINT_EVENT.COMPLAINT_ID, COMPLAINT_EVENT.SEQUENCE)
                .fetch(ComplaintEventRows::toEvent)
                .stream()
                .collect(Collectors.groupingBy(e -> e.complaintId().value()));
    }

    private static Optional<Attention.Recorded> recorded(ComplaintWatchRecord watch) {
        if (watch.getRecordedVersion() == null) {
            return Optional.empty();
        }
        try {
            Map<ClockKind, Instant> dues = new EnumMap<>(ClockKind.class);
            WatchRows.JSON.readValue(watch.getRunningDues().data(), DUES).forEach((kind, due) -> {
                // A clock this version does not know is one it cannot compare; leave it out.
                for (ClockKind k : ClockKind.values()) {
                    if (k.name().equals(kind)) {
                        dues.put(k, Instant.parse(due));
                    }
                }
            });
            return Optional.of(new Attention.Recorded(watch.getRecordedVersion(), dues));
        } catch (JsonProcessingException | RuntimeException e) {
            // An unreadable record only costs the comparison: the dues are recorded anew.
            return Optional.empty();
        }
    }

    private static ClockAlertRecord toRecord(ClockAlert a) {
        var r = new ClockAlertRecord();
        r.setComplaintId(a.complaintId().value());
        r.setClock(a.clock().name());
        r.setRound(a.round());
        r.setKind(a.kind().name());
        r.setTicketNumber(a.ticketNumber().value());
        r.setOrgUnit(a.orgUnit().value());
        r.setDue(ComplaintRows.storable(a.due()));
        r.setRaisedAt(ComplaintRows.storable(a.raisedAt()));
        r.setNotifyAt(ComplaintRows.storable(a.notifyAt()));
        return r;
    }

    static ClockAlert toAlert(ClockAlertRecord r) {
        return new ClockAlert(new ComplaintId(r.getComplaintId()), new TicketNumber(r.getTicketNumber()),
                new OrgUnitId(r.getOrgUnit()), ClockKind.valueOf(r.getClock()), r.getRound(),
                ClockAlert.Kind.valueOf(r.getKind()), r.getDue(), r.getRaisedAt(), r.getNotifyAt());
    }
}
