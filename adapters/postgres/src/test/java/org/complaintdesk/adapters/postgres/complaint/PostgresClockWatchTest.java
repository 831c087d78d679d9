package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.CLOCK_ALERT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.says;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintWatchRecord;
import org.complaintdesk.adapters.postgres.testing.ComplaintFixture;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.port.out.ClockWatch;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.deadline.ClockStatus;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitor's queue and records on PostgreSQL: who is due, what is written, and that nothing is done twice. */
class PostgresClockWatchTest {
    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresClockWatch watch = new PostgresClockWatch(dsl, TestDatabase.personalData());

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    private Complaint stored() {
        Complaint c = registered(anIntake());
        store.insert(c, aNewRequest());
        return store.findById(c.id()).orElseThrow();
    }

    private ComplaintWatchRecord watchOf(ComplaintId id) {
        return dsl.selectFrom(COMPLAINT_WATCH).where(COMPLAINT_WATCH.COMPLAINT_ID.eq(id.value())).fetchOne();
    }

    private static Attention.Outcome quiet(Attention a, Optional<Instant> next) {
        return new Attention.Outcome(a.complaint(), List.of(), next, Optional.empty(), Optional.empty(), Map.of());
    }

    private static ClockAlert breach(Complaint c, Instant raised, Instant notifyAt) {
        return new ClockAlert(c.id(), c.ticketNumber(), c.registration().orgUnit(), ClockKind.FIRST_CONTACT, 1, ClockAlert.Kind.BREACH,
                raised.minus(Duration.ofMinutes(5)), raised, notifyAt);
    }

    @Test
    void a_registration_with_the_monitor_s_first_look_records_it_and_is_not_due_before_its_next_attention() {
        Complaint c = registered(anIntake());
        Instant next = c.updatedAt().plus(Duration.ofHours(2));
        // Finer than the database keeps: recorded as the same due read back later will be.
        Instant reply = c.updatedAt().plus(Duration.ofDays(5)).plusNanos(1_234_567);
        Attention.Outcome firstLook = new Attention.Outcome(c, List.of(), Optional.of(next), Optional.of(reply),
                Optional.of(ClockStatus.ON_TIME), Map.of(ClockKind.REPLY, reply));

        store.insert(c, aNewRequest(), Optional.of(firstLook));

        ComplaintWatchRecord record = watchOf(c.id());
        assertThat(record.getNextAttentionAt()).isEqualTo(next);
        assertThat(record.getEarliestDue()).isEqualTo(ComplaintRows.storable(reply));
        assertThat(record.getClockStatus()).isEqualTo("ON_TIME");
        assertThat(record.getRecordedVersion()).isEqualTo(c.version());
        assertThat(watch.attend(c.updatedAt(), 10, a -> quiet(a, Optional.empty())).complaints()).isZero();
        List<Attention> seen = new ArrayList<>();
        watch.attend(next, 10, a -> {
            seen.add(a);
            return quiet(a, Optional.empty());
        });
        assertThat(seen).singleElement().satisfies(a -> assertThat(a.recorded()).contains(
                new Attention.Recorded(c.version(), Map.of(ClockKind.REPLY, ComplaintRows.storable(reply)))));
    }

    @Test
    void a_first_look_with_alerts_to_record_is_refused_and_nothing_is_stored() {
        Complaint c = registered(anIntake());
        Instant now = c.updatedAt();
        Attention.Outcome alerting = new Attention.Outcome(c, List.of(breach(c, now, now)), Optional.of(now),
                Optional.empty(), Optional.of(ClockStatus.BREACHED), Map.of());

        assertThatThrownBy(() -> store.insert(c, aNewRequest(), Optional.of(alerting)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(store.findById(c.id())).isEmpty();
        assertThat(dsl.fetchCount(COMPLAINT_WATCH)).isZero();
    }

    @Test
    void a_registration_without_a_first_look_and_every_step_ask_for_the_monitor_at_their_time() {
        Complaint c = stored();
        assertThat(watchOf(c.id()).getNextAttentionAt()).isEqualTo(c.updatedAt());
        Instant later = c.updatedAt().plus(Duration.ofDays(2));
        dsl.update(COMPLAINT_WATCH).set(COMPLAINT_WATCH.NEXT_ATTENTION_AT, later).execute();

        Complaint accepted = accepted(c);
        store.update(accepted, aNewStepRequest());

        // The step's time, not the later attention the monitor had set.
        assertThat(watchOf(c.id()).getNextAttentionAt()).isEqualTo(accepted.updatedAt());
    }

    @Test
    void only_complaints_due_are_handed_over_earliest_first_with_their_timeline() {
        Complaint first = stored();
        Complaint second = stored();
        Complaint notYet = stored();
        Instant now = ComplaintFixture.REGISTERED_AT.plus(Duration.ofDays(1));
        dsl.update(COMPLAINT_WATCH).set(COMPLAINT_WATCH.NEXT_ATTENTION_AT, now.minusSeconds(60))
                .where(COMPLAINT_WATCH.COMPLAINT_ID.eq(second.id().value())).execute();
        dsl.update(COMPLAINT_WATCH).set(COMPLAINT_WATCH.NEXT_ATTENTION_AT, now.minusSeconds(30))
                .where(COMPLAINT_WATCH.COMPLAINT_ID.eq(first.id().value())).execute();
        dsl.update(COMPLAINT_WATCH).set(COMPLAINT_WATCH.NEXT_ATTENTION_AT, now.plusSeconds(60))
                .where(COMPLAINT_WATCH.COMPLAINT_ID.eq(notYet.id().value())).execute();
        List<Attention> seen = new ArrayList<>();

        ClockWatch.Tally tally = watch.attend(now, 10, a -> {
            seen.add(a);
            return quiet(a, Optional.empty());
        });

        assertThat(tally.complaints()).isEqualTo(2);
        assertThat(seen).extracting(a -> a.complaint().id()).containsExactly(second.id(), first.id());
        assertThat(seen.getFirst().timeline()).extracting(ComplaintEvent::type).containsExactly(EventType.REGISTERED);
        assertThat(seen.getFirst().recorded()).isEmpty();
        assertThat(watchOf(first.id()).getNextAttentionAt()).isNull();
        assertThat(watch.attend(now, 10, a -> quiet(a, Optional.empty())).complaints()).isZero();
    }

    @Test
    void an_outcome_is_recorded_with_the_monitor_s_step_and_each_alert_once() {
        Complaint c = stored();
        Instant now = c.updatedAt().plus(Duration.ofHours(3));
        Instant next = now.plus(Duration.ofHours(1));
        Actor monitor = new Actor(new UserId("clock-monitor"), Role.SYSTEM, c.registration().orgUnit());

        ClockWatch.Tally tally = watch.attend(now, 10, a -> new Attention.Outcome(
                a.complaint().supervise(Role.SUPERVISOR, SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.FIRST_CONTACT),
                        says("首次联系超时。"), monitor, now),
                List.of(breach(a.complaint(), now, now)), Optional.of(now), Optional.of(now.minusSeconds(300)),
                Optional.of(ClockStatus.BREACHED), Map.of(ClockKind.REPLY, next)));

        assertThat(tally).isEqualTo(new ClockWatch.Tally(1, 0, 1, 1, 1));
        Complaint after = store.findById(c.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(c.version() + 1);
        assertThat(after.handling().oversight().supervision()).isPresent();
        ComplaintWatchRecord record = watchOf(c.id());
        assertThat(record.getClockStatus()).isEqualTo("BREACHED");
        assertThat(record.getEarliestDue()).isEqualTo(now.minusSeconds(300));
        assertThat(record.getRecordedVersion()).isEqualTo(after.version());

        // Looked at again (the outcome asked for now): the same alert is not recorded twice, and
        // what was recorded comes back.
        List<Attention> again = new ArrayList<>();
        ClockWatch.Tally second = watch.attend(now, 10, a -> {
            again.add(a);
            return new Attention.Outcome(a.complaint(), List.of(breach(a.complaint(), now.plusSeconds(1), now)),
                    Optional.empty(), Optional.empty(), Optional.of(ClockStatus.BREACHED), Map.of());
        });
        assertThat(second).isEqualTo(new ClockWatch.Tally(1, 0, 0, 0, 0));
        assertThat(again.getFirst().recorded()).contains(new Attention.Recorded(after.version(), Map.of(ClockKind.REPLY, next)));
        assertThat(dsl.fetchCount(CLOCK_ALERT)).isEqualTo(1);
    }

    @Test
    void the_steps_of_a_pass_write_what_they_change_and_leave_the_complainant_s_seals_as_stored() {
        Complaint escalated = stored();
        Complaint taken = stored();
        Instant now = taken.updatedAt().plus(Duration.ofHours(3));
        Actor monitor = new Actor(new UserId("clock-monitor"), Role.SYSTEM, escalated.registration().orgUnit());
        Map<ComplaintId, byte[]> sealedBefore = new HashMap<>();
        for (Complaint c : List.of(escalated, taken)) {
            sealedBefore.put(c.id(), sealedName(c.id()));
        }

        // Two kinds of step in one pass: each writes its own set of columns.
        ClockWatch.Tally tally = watch.attend(now, 10, a -> new Attention.Outcome(
                a.complaint().id().equals(escalated.id())
                        ? a.complaint().supervise(Role.SUPERVISOR, SupervisionCause.CLOCK_BREACHED,
                                Optional.of(ClockKind.FIRST_CONTACT), says("首次联系超时。"), monitor, now)
                        : accepted(a.complaint()),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));

        assertThat(tally.complaints()).isEqualTo(2);
        Complaint afterEscalation = store.findById(escalated.id()).orElseThrow();
        assertThat(afterEscalation.version()).isEqualTo(escalated.version() + 1);
        assertThat(afterEscalation.handling().oversight().supervision()).isPresent();
        assertThat(afterEscalation.state()).isEqualTo(escalated.state());
        Complaint afterAcceptance = store.findById(taken.id()).orElseThrow();
        assertThat(afterAcceptance.state()).isEqualTo(accepted(taken).state());
        assertThat(afterAcceptance.handling().oversight().supervision()).isEmpty();
        for (Complaint c : List.of(afterEscalation, afterAcceptance)) {
            assertThat(c.submission().complainant()).isEqualTo(registered(anIntake()).submission().complainant());
            assertThat(sealedName(c.id())).isEqualTo(sealedBefore.get(c.id()));
        }
    }

    private byte[] sealedName(ComplaintId id) {
        return dsl.select(COMPLAINT.COMPLAINANT_NAME_SEALED)
                .from(COMPLAINT)
                .where(COMPLAINT.ID.eq(id.value())).fetchSingle().value1();
    }

    @Test
    void two_monitors_at_once_never_hold_the_same_complaint() throws Exception {
        for (int i = 0; i < 40; i++) {
            stored();
        }
        Instant now = ComplaintFixture.REGISTERED_AT.plus(Duration.ofDays(1));
        Set<ComplaintId> seen = ConcurrentHashMap.newKeySet();
        List<ComplaintId> twice = new java.util.concurrent.CopyOnWriteArrayList<>();
        var bothInside = new CountDownLatch(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<ClockWatch.Tally>> runs = new ArrayList<>();
            for (int m = 0; m < 2; m++) {
                runs.add(pool.submit(() -> watch.attend(now, 25, a -> {
                    bothInside.countDown();
                    awaitQuietly(bothInside);
                    if (!seen.add(a.complaint().id())) {
                        twice.add(a.complaint().id());
                    }
                    return quiet(a, Optional.empty());
                })));
            }
            int total = 0;
            for (Future<ClockWatch.Tally> run : runs) {
                total += run.get(30, TimeUnit.SECONDS).complaints();
            }
            assertThat(total).isEqualTo(40);
        }
        assertThat(twice).isEmpty();
        assertThat(seen).hasSize(40);
    }

    @Test
    void alerts_go_out_when_their_time_comes_once_and_a_failed_delivery_is_offered_again() {
        Complaint c = stored();
        Instant now = c.updatedAt().plus(Duration.ofHours(3));
        Instant morning = now.plus(Duration.ofHours(10));
        watch.attend(now, 10, a -> new Attention.Outcome(a.complaint(),
                List.of(breach(a.complaint(), now, morning)), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
        List<ClockAlert> delivered = new ArrayList<>();

        assertThat(watch.release(now, 10, delivered::addAll)).isZero();
        assertThatThrownBy(() -> watch.release(morning, 10, alerts -> {
            throw new IllegalStateException("the mail server is down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(watch.release(morning, 10, delivered::addAll)).isEqualTo(1);
        assertThat(watch.release(morning.plusSeconds(60), 10, delivered::addAll)).isZero();

        assertThat(delivered).singleElement().satisfies(a -> {
            assertThat(a.complaintId()).isEqualTo(c.id());
            assertThat(a.ticketNumber()).isEqualTo(c.ticketNumber());
            assertThat(a.kind()).isEqualTo(ClockAlert.Kind.BREACH);
            assertThat(a.notifyAt()).isEqualTo(morning);
        });
    }

    @Test
    void a_calendar_change_asks_for_every_complaint_with_running_clocks() {
        Complaint running = stored();
        Complaint ended = stored();
        Instant now = running.updatedAt().plusSeconds(60);
        watch.attend(now, 10, a -> new Attention.Outcome(a.complaint(), List.of(),
                a.complaint().id().equals(running.id()) ? Optional.of(now.plus(Duration.ofDays(3))) : Optional.empty(),
                Optional.empty(), Optional.empty(),
                a.complaint().id().equals(running.id()) ? Map.of(ClockKind.REPLY, now.plus(Duration.ofDays(3))) : Map.of()));

        int marked = watch.attendAllRunning(now.plusSeconds(5));

        assertThat(marked).isEqualTo(1);
        assertThat(watchOf(running.id()).getNextAttentionAt()).isEqualTo(now.plusSeconds(5));
        assertThat(watchOf(ended.id()).getNextAttentionAt()).isNull();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
