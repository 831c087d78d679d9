package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.says;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.adapters.postgres.warning.PostgresEarlyWarnings;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.event.EventSelection;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.application.port.out.EventLog;
import org.complaintdesk.application.warning.EarlyWarning;
import org.complaintdesk.application.warning.WarningMetric;
import org.complaintdesk.application.warning.WarningScope;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.deadline.ClockStatus;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox on PostgreSQL: written with each change, numbered once committed, read and relayed by position. */
class PostgresEventLogTest {
    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresClockWatch watch = new PostgresClockWatch(dsl, TestDatabase.personalData());
    private final PostgresEventLog log = new PostgresEventLog(dsl);
    private long start;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
        start = log.lastPosition();
    }

    private Complaint stored() {
        Complaint c = registered(anIntake());
        store.insert(c, aNewRequest());
        return store.findById(c.id()).orElseThrow();
    }

    private List<PublishedEvent> all() {
        return log.readAfter(start, EventSelection.ALL, 1000);
    }

    @Test
    void a_committed_step_s_entries_are_published_in_timeline_order_once_sequenced() {
        Complaint c = stored();
        Complaint next = accepted(c);
        store.update(next, aNewStepRequest());

        assertThat(all()).as("no position before the sequencer ran").isEmpty();
        assertThat(log.sequencePending(100)).isEqualTo(2);

        List<PublishedEvent> events = all();
        assertThat(events).extracting(PublishedEvent::position).containsExactly(start + 1, start + 2);
        assertThat(events).extracting(PublishedEvent::sequence).containsExactly(1L, 2L);
        assertThat(events).extracting(e -> ((PublishedEvent.TimelineEntry) e.body()).event().type())
                .containsExactly(EventType.REGISTERED, EventType.ACCEPTED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.complaintId()).isEqualTo(c.id());
            assertThat(e.orgUnit()).isEqualTo(c.registration().orgUnit());
        });
        assertThat(events.get(0).id()).isNotEqualTo(events.get(1).id());
        assertThat(log.lastPosition()).isEqualTo(start + 2);
        assertThat(log.sequencePending(100)).as("nothing is numbered twice").isZero();
        assertThat(all()).isEqualTo(events);
    }

    @Test
    void a_change_that_rolled_back_publishes_nothing() {
        Complaint c = registered(anIntake());
        assertThatThrownBy(() -> dsl.transaction(tx -> {
            new PostgresComplaintStore(tx.dsl(), TestDatabase.personalData()).insert(c, aNewRequest());
            throw new IllegalStateException("the caller's transaction fails after the write");
        })).hasMessageContaining("the caller's transaction fails after the write");

        assertThat(log.sequencePending(100)).isZero();
        assertThat(all()).isEmpty();
        assertThat(dsl.fetchCount(DSL.table("event_outbox"))).isZero();
    }

    @Test
    void an_event_committed_later_gets_a_later_position_even_if_its_transaction_began_first() throws Exception {
        Complaint early = stored();
        log.sequencePending(100);
        long registered = log.lastPosition();
        try (Connection held = TestDatabase.dataSource().getConnection()) {
            held.setAutoCommit(false);
            // A step written in a transaction that stays open while another change commits and is numbered.
            DSL.using(held).execute("""
                    insert into complaint_event (complaint_id, sequence, type, actor_user_id, actor_role, actor_org_unit,
                                                 occurred_at, state_before, state_after, note, details)
                    values ({0}, 2, 'ACCEPTED', 'agent-7', 'AGENT', 'gridco/east', now(), 'REGISTERED', 'ACCEPTED', null, '{}')""",
                    early.id().value());
            Complaint late = stored();
            assertThat(log.sequencePending(100)).isEqualTo(1);
            long latePosition = log.lastPosition();

            held.commit();
            assertThat(log.sequencePending(100)).isEqualTo(1);

            assertThat(log.readAfter(registered, EventSelection.ALL, 10)).extracting(PublishedEvent::complaintId)
                    .containsExactly(late.id(), early.id());
            assertThat(log.readAfter(latePosition, EventSelection.ALL, 10)).extracting(PublishedEvent::complaintId)
                    .as("a reader resuming after the first misses nothing").containsExactly(early.id());
        }
    }

    @Test
    void the_monitor_s_alerts_are_published_after_the_entries_of_the_same_version() {
        Complaint c = stored();
        Instant now = c.updatedAt().plus(Duration.ofHours(3));
        watch.attend(now, 10, a -> new Attention.Outcome(a.complaint(),
                List.of(new ClockAlert(c.id(), c.ticketNumber(), c.registration().orgUnit(), ClockKind.FIRST_CONTACT, 1,
                        ClockAlert.Kind.BREACH, now.minusSeconds(60), now, now)),
                Optional.empty(), Optional.empty(), Optional.of(ClockStatus.BREACHED), Map.of()));

        log.sequencePending(100);

        List<PublishedEvent> events = all();
        assertThat(events).hasSize(2);
        assertThat(events.get(1).body()).isInstanceOfSatisfying(PublishedEvent.AlertRaised.class, a -> {
            assertThat(a.alert().kind()).isEqualTo(ClockAlert.Kind.BREACH);
            assertThat(a.alert().clock()).isEqualTo(ClockKind.FIRST_CONTACT);
            assertThat(a.alert().ticketNumber()).isEqualTo(c.ticketNumber());
        });
        assertThat(events.get(1).sequence()).isEqualTo(1);
    }

    @Test
    void a_reader_chooses_types_and_a_unit_subtree() {
        Complaint c = stored();
        store.update(accepted(c), aNewStepRequest());
        log.sequencePending(100);

        var accepted = new EventSelection(Optional.empty(), Set.of(EventType.ACCEPTED), Set.of(), false, false);
        assertThat(log.readAfter(start, accepted, 10)).extracting(e -> ((PublishedEvent.TimelineEntry) e.body()).event().type())
                .containsExactly(EventType.ACCEPTED);
        var alertsOnly = new EventSelection(Optional.empty(), Set.of(), Set.of(ClockAlert.Kind.WARNING), false, false);
        assertThat(log.readAfter(start, alertsOnly, 10)).isEmpty();

        OrgUnitId owner = c.registration().orgUnit();
        assertThat(log.readAfter(start, new EventSelection(Optional.of(owner.top()), Set.of(), Set.of(), false, false), 10))
                .as("the top of the tree reaches it").hasSize(2);
        assertThat(log.readAfter(start, new EventSelection(Optional.of(new OrgUnitId("waterco")), Set.of(), Set.of(), false, false), 10))
                .as("another tree does not").isEmpty();
    }

    @Test
    void a_reader_asking_for_early_warnings_gets_them_alone_or_with_the_types_it_names() {
        Complaint c = stored();
        store.update(accepted(c), aNewStepRequest());
        Instant raised = c.updatedAt().plus(Duration.ofMinutes(5));
        var warning = new EarlyWarning(UUID.randomUUID(), "burst", WarningMetric.RECEIVED, WarningScope.Kind.UNIT,
                c.registration().orgUnit(), "no power", raised.minus(Duration.ofHours(24)), raised, 3, 0, ">=3", raised,
                List.of(c.id()));
        assertThat(new PostgresEarlyWarnings(dsl).raise(warning)).isTrue();
        log.sequencePending(100);

        var warningsOnly = new EventSelection(Optional.empty(), Set.of(), Set.of(), false, true);
        assertThat(log.readAfter(start, warningsOnly, 10)).singleElement().satisfies(e -> {
            assertThat(e.body()).isInstanceOfSatisfying(PublishedEvent.WarningRaised.class,
                    w -> assertThat(w.warning().id()).isEqualTo(warning.id()));
            assertThat(e.complaintId()).isEqualTo(c.id());
        });
        var warningsAndAcceptances = new EventSelection(Optional.empty(), Set.of(EventType.ACCEPTED), Set.of(), false,
                true);
        assertThat(log.readAfter(start, warningsAndAcceptances, 10)).extracting(e -> e.body().getClass().getSimpleName())
                .containsExactly("TimelineEntry", "WarningRaised");
        assertThat(log.readAfter(start, new EventSelection(Optional.empty(), Set.of(), Set.of(), true, false), 10))
                .as("a notice reader does not get the warning").isEmpty();
        assertThat(all()).as("nor does a reader of everything miss it").hasSize(3);
    }

    @Test
    void sequencers_running_at_once_number_every_event_once_and_keep_each_complaint_in_order() throws Exception {
        int writers = 6;
        int complaintsEach = 15;
        var pool = Executors.newFixedThreadPool(writers + 2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                work.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < complaintsEach; i++) {
                        Complaint c = stored();
                        store.update(accepted(c), aNewStepRequest());
                    }
                    return null;
                }));
            }
            List<Future<Integer>> sequencers = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                sequencers.add(pool.submit(() -> {
                    go.await();
                    int numbered = 0;
                    while (work.stream().anyMatch(f -> !f.isDone())) {
                        numbered += log.sequencePending(7);
                    }
                    return numbered;
                }));
            }
            go.countDown();
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            int numbered = 0;
            for (Future<Integer> f : sequencers) {
                numbered += f.get(60, TimeUnit.SECONDS);
            }
            while (log.sequencePending(1000) > 0) {
                numbered++;
            }
            int total = writers * complaintsEach * 2;
            List<PublishedEvent> events = log.readAfter(start, EventSelection.ALL, total + 10);
            assertThat(events).hasSize(total);
            assertThat(events).extracting(PublishedEvent::position)
                    .containsExactlyElementsOf(LongStream.rangeClosed(start + 1, start + total).boxed().toList());
            Map<Object, List<Long>> sequences = new java.util.HashMap<>();
            events.forEach(e -> sequences.computeIfAbsent(e.complaintId(), k -> new ArrayList<>()).add(e.sequence()));
            assertThat(sequences).hasSize(writers * complaintsEach);
            assertThat(sequences.values()).allSatisfy(s -> assertThat(s).containsExactly(1L, 2L));
            assertThat(numbered).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_relay_publishes_from_its_start_moves_on_only_after_publishing_and_is_held_by_one_at_a_time() throws Exception {
        stored();
        log.sequencePending(100);
        List<PublishedEvent> published = Collections.synchronizedList(new ArrayList<>());
        assertThat(log.relay("test-relay", 10, published::addAll))
                .as("a new relay starts at the events to come").isEqualTo(new EventLog.RelayPass(true, 0, start + 1));

        Complaint c = stored();
        store.update(accepted(c), aNewStepRequest());
        log.sequencePending(100);

        assertThatThrownBy(() -> log.relay("test-relay", 10, events -> {
            throw new IllegalStateException("the broker refused");
        })).hasMessageContaining("the broker refused");
        assertThat(published).isEmpty();

        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<EventLog.RelayPass> first = pool.submit(() -> log.relay("test-relay", 1, events -> {
                published.addAll(events);
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(log.relay("test-relay", 10, published::addAll))
                    .as("another instance finds the relay held").isEqualTo(new EventLog.RelayPass(false, 0, -1));
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new EventLog.RelayPass(true, 1, start + 2));
        } finally {
            pool.shutdownNow();
        }
        assertThat(log.relay("test-relay", 10, published::addAll)).isEqualTo(new EventLog.RelayPass(true, 1, start + 3));
        assertThat(published).extracting(PublishedEvent::position).containsExactly(start + 2, start + 3);
        assertThat(published).extracting(PublishedEvent::complaintId).containsOnly(c.id());
    }

    @Test
    void events_go_to_their_month_s_partition() {
        log.preparePartitions(Instant.now());
        stored();
        assertThat(dsl.fetchCount(DSL.table("event_outbox_default"))).isZero();
        assertThat(dsl.fetchCount(DSL.table("event_outbox"))).isEqualTo(1);
    }
}
