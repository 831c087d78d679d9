package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.CLOCK_ALERT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.row;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintWatchRecord;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.port.out.ClockWatch;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.Record;

/**
 * The monitor's queue and records in PostgreSQL ({@code complaint_watch}, {@code clock_alert}, see
 * V5__oversight_and_monitor.sql), and the rounds of the clocks it timed for the statistics
 * ({@code complaint_clock_fact}, V13__statistics_facts.sql).
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
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> DUES = new TypeReference<>() {
    };

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
            List<Query> changed = new ArrayList<>();
            List<Query> events = new ArrayList<>();
            List<Query> writes = new ArrayList<>();
            List<Query> alerts = new ArrayList<>();
            List<ClockAlert.Kind> alertKinds = new ArrayList<>();
            int steps = 0;
            int escalations = 0;
            for (Record row : due) {
                Complaint complaint = rows.toComplaint(row.into(COMPLAINT));
                ComplaintWatchRecord watch = row.into(COMPLAINT_WATCH);
                List<ComplaintEvent> timeline = timelines.getOrDefault(complaint.id().value(), List.of()).stream()
                        .filter(e -> e.sequence() <= complaint.version()).toList();
                Attention.Outcome outcome = work.apply(new Attention(complaint, timeline, recorded(watch)));
                if (outcome.changedComplaint()) {
                    changed.add(PostgresComplaintStore.conditionalUpdate(d, rows, outcome.complaint()));
                    events.add(PostgresComplaintStore.eventInsert(d, outcome.complaint()));
                    steps += outcome.complaint().newEvents().size();
                    escalations += (int) outcome.complaint().newEvents().stream()
                            .filter(e -> e.type() == EventType.SUPERVISED).count();
                }
                writes.add(d.update(COMPLAINT_WATCH)
                        .set(COMPLAINT_WATCH.NEXT_ATTENTION_AT, outcome.nextAttention().map(ComplaintRows::storable).orElse(null))
                        .set(COMPLAINT_WATCH.EARLIEST_DUE, outcome.earliestDue().map(ComplaintRows::storable).orElse(null))
                        .set(COMPLAINT_WATCH.CLOCK_STATUS, outcome.status().map(Enum::name).orElse(null))
                        .set(COMPLAINT_WATCH.RECORDED_VERSION, outcome.complaint().version())
                        .set(COMPLAINT_WATCH.RUNNING_DUES, json(outcome.dues()))
                        .where(COMPLAINT_WATCH.COMPLAINT_ID.eq(complaint.id().value())));
                writes.addAll(ClockFacts.write(d, outcome.complaint(), outcome.rounds()));
                for (ClockAlert a : outcome.alerts()) {
                    alerts.add(d.insertInto(CLOCK_ALERT).set(toRecord(a)).onConflictDoNothing());
                    alertKinds.add(a.kind());
                }
            }
            // A round trip each for the steps, their timeline entries, the records and the alerts.
            if (!changed.isEmpty()) {
                for (int updated : d.batch(changed).execute()) {
                    // The rows are locked by this transaction, so no version can have moved on.
                    if (updated == 0) {
                        throw new IllegalStateException("a complaint changed under the monitor's lock");
                    }
                }
                d.batch(events).execute();
            }
            d.batch(writes).execute();
            int warnings = 0;
            int breaches = 0;
            if (!alerts.isEmpty()) {
                int[] inserted = d.batch(alerts).execute();
                for (int i = 0; i < inserted.length; i++) {
                    if (inserted[i] > 0 && alertKinds.get(i) == ClockAlert.Kind.WARNING) {
                        warnings++;
                    } else if (inserted[i] > 0) {
                        breaches++;
                    }
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
            JSON.readValue(watch.getRunningDues().data(), DUES).forEach((kind, due) -> {
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

    private static JSONB json(Map<ClockKind, Instant> dues) {
        Map<String, String> text = new TreeMap<>();
        dues.forEach((kind, due) -> text.put(kind.name(), due.toString()));
        try {
            return JSONB.valueOf(JSON.writeValueAsString(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("clock dues could not be written as JSON", e);
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
