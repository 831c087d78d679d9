package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.BILLING;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.SUPERVISOR;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.toBilling;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.deadline.ClockStatus;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The work queues by clock read complaint_scope's copy of the watch row (V18): the copy follows
 * every change of the watch row, a scope row added later starts from it, and the unit's lists by
 * clock status and due time find what the watch row says.
 */
class WorkQueueScopeTest {
    private static final ComplaintFilter BREACHED = new ComplaintFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(ClockStatus.BREACHED));

    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresClockWatch watch = new PostgresClockWatch(dsl, TestDatabase.personalData());

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    private List<Record2<String, Instant>> scopeOf(ComplaintId id) {
        return dsl.select(COMPLAINT_SCOPE.CLOCK_STATUS, COMPLAINT_SCOPE.EARLIEST_DUE).from(COMPLAINT_SCOPE)
                .where(COMPLAINT_SCOPE.COMPLAINT_ID.eq(id.value())).fetch();
    }

    private static ComplaintFilter dueBefore(Instant t) {
        return new ComplaintFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(t), Optional.empty());
    }

    @Test
    void the_scope_carries_the_first_look_then_every_change_the_monitor_records() {
        Complaint c = registered(anIntake());
        Instant reply = c.updatedAt().plus(Duration.ofDays(5));
        store.insert(c, aNewRequest(), Optional.of(new Attention.Outcome(c, List.of(),
                Optional.of(c.updatedAt().plus(Duration.ofHours(2))), Optional.of(reply), Optional.of(ClockStatus.ON_TIME),
                Map.of(ClockKind.REPLY, reply))));
        OrgUnitId owner = c.registration().orgUnit();

        assertThat(scopeOf(c.id())).hasSizeGreaterThan(1)
                .allSatisfy(row -> assertThat(row.value1()).isEqualTo("ON_TIME"))
                .allSatisfy(row -> assertThat(row.value2()).isEqualTo(ComplaintRows.storable(reply)));
        assertThat(store.listReachedBy(owner, BREACHED, 10, Optional.empty())).isEmpty();
        assertThat(store.listReachedBy(owner, dueBefore(reply.plusSeconds(1)), 10, Optional.empty()))
                .extracting(Complaint::id).containsExactly(c.id());
        assertThat(store.listReachedBy(owner, dueBefore(reply), 10, Optional.empty())).isEmpty();

        Instant now = reply.plusSeconds(60);
        watch.attend(now, 10, a -> new Attention.Outcome(a.complaint(), List.of(), Optional.of(now.plusSeconds(3600)),
                Optional.of(reply), Optional.of(ClockStatus.BREACHED), Map.of()));

        assertThat(scopeOf(c.id())).allSatisfy(row -> assertThat(row.value1()).isEqualTo("BREACHED"));
        assertThat(store.listReachedBy(owner, BREACHED, 10, Optional.empty()))
                .extracting(Complaint::id).containsExactly(c.id());
        assertThat(store.listReachedBy(owner.top(), BREACHED, 10, Optional.empty()))
                .extracting(Complaint::id).containsExactly(c.id());
    }

    @Test
    void one_pass_over_many_complaints_copies_each_its_own_record_and_a_step_leaves_the_copy_alone() {
        Instant reply = Instant.parse("2026-11-30T02:00:00Z");
        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Complaint c = registered(anIntake().topic("topic " + i));
            store.insert(c, aNewRequest(), Optional.of(new Attention.Outcome(c, List.of(),
                    Optional.of(c.updatedAt()), Optional.of(reply), Optional.of(ClockStatus.ON_TIME),
                    Map.of(ClockKind.REPLY, reply))));
            complaints.add(c);
        }
        // The first breaches, the second warns with another due, the third stays as it was.
        Map<ComplaintId, ClockStatus> status = Map.of(complaints.get(0).id(), ClockStatus.BREACHED,
                complaints.get(1).id(), ClockStatus.WARNING, complaints.get(2).id(), ClockStatus.ON_TIME);
        Instant warned = reply.minus(Duration.ofHours(1));
        Instant now = complaints.getLast().updatedAt().plusSeconds(1);
        var tally = watch.attend(now, 10, a -> new Attention.Outcome(a.complaint(), List.of(),
                Optional.of(now.plusSeconds(3600)),
                Optional.of(status.get(a.complaint().id()) == ClockStatus.WARNING ? warned : reply),
                Optional.of(status.get(a.complaint().id())), Map.of()));

        assertThat(tally.complaints()).isEqualTo(3);
        assertThat(scopeOf(complaints.get(0).id())).hasSizeGreaterThan(1)
                .allSatisfy(row -> assertThat(row.value1()).isEqualTo("BREACHED"))
                .allSatisfy(row -> assertThat(row.value2()).isEqualTo(reply));
        assertThat(scopeOf(complaints.get(1).id())).hasSizeGreaterThan(1)
                .allSatisfy(row -> assertThat(row.value1()).isEqualTo("WARNING"))
                .allSatisfy(row -> assertThat(row.value2()).isEqualTo(warned));
        assertThat(scopeOf(complaints.get(2).id())).hasSizeGreaterThan(1)
                .allSatisfy(row -> assertThat(row.value1()).isEqualTo("ON_TIME"))
                .allSatisfy(row -> assertThat(row.value2()).isEqualTo(reply));

        // A step asks for the monitor's attention: the watch row's time moves, the copy stays.
        Complaint step = accepted(store.findById(complaints.get(0).id()).orElseThrow());
        store.update(step, aNewStepRequest());
        assertThat(dsl.select(COMPLAINT_WATCH.NEXT_ATTENTION_AT).from(COMPLAINT_WATCH)
                .where(COMPLAINT_WATCH.COMPLAINT_ID.eq(step.id().value())).fetchSingle().value1())
                .isEqualTo(ComplaintRows.storable(step.updatedAt()));
        assertThat(scopeOf(step.id())).allSatisfy(row -> assertThat(row.value1()).isEqualTo("BREACHED"));
    }

    @Test
    void a_department_a_complaint_is_dispatched_to_later_starts_from_the_watch_row() {
        Complaint c = registered(anIntake());
        store.insert(c, aNewRequest());
        Instant due = c.updatedAt().plus(Duration.ofHours(1));
        dsl.update(COMPLAINT_WATCH).set(COMPLAINT_WATCH.CLOCK_STATUS, "WARNING").set(COMPLAINT_WATCH.EARLIEST_DUE, due)
                .where(COMPLAINT_WATCH.COMPLAINT_ID.eq(c.id().value())).execute();

        Complaint accepted = accepted(store.findById(c.id()).orElseThrow());
        store.update(accepted, aNewStepRequest());
        Complaint dispatched = store.findById(c.id()).orElseThrow()
                .dispatch(toBilling(), SUPERVISOR, accepted.updatedAt().plus(Duration.ofMinutes(1)));
        store.update(dispatched, aNewStepRequest());

        assertThat(dsl.select(COMPLAINT_SCOPE.CLOCK_STATUS, COMPLAINT_SCOPE.EARLIEST_DUE).from(COMPLAINT_SCOPE)
                .where(COMPLAINT_SCOPE.COMPLAINT_ID.eq(c.id().value()), COMPLAINT_SCOPE.UNIT.eq(BILLING.value())).fetchOne())
                .satisfies(row -> {
                    assertThat(row.value1()).isEqualTo("WARNING");
                    assertThat(row.value2()).isEqualTo(due);
                });
        assertThat(store.listReachedBy(BILLING, dueBefore(due.plusSeconds(1)), 10, Optional.empty()))
                .extracting(Complaint::id).containsExactly(c.id());
    }

    @Test
    void a_unit_s_breached_queue_is_read_in_list_order_from_the_scope() {
        Complaint c = registered(anIntake());
        store.insert(c, aNewRequest());
        String plan = dsl.explain(store.listQuery(Optional.of(c.registration().orgUnit()), BREACHED, 51,
                Optional.empty())).plan();
        assertThat(plan).doesNotContain("complaint_watch").doesNotContain("Gather");
    }
}
