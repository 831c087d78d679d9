package org.complaintdesk.application.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.complaintdesk.application.complaint.ComplaintOutOfReachException;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.application.request.RequestIdReusedException;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.application.testing.Intakes;
import org.complaintdesk.domain.complaint.*;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/** How every step runs: replay, etag check, refusal without a write, timeline entries. */
class ComplaintStepsTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final ComplaintSteps steps = new ComplaintSteps(store, clock, (before, after, now) -> java.util.List.of());
    private final AcceptComplaint accept = new AcceptComplaint(steps);
    private final WithdrawComplaint withdraw = new WithdrawComplaint(steps);
    private final Actor agent = new Actor(new UserId("agent-1"), Role.AGENT, new OrgUnitId("water/cs"));

    @Test
    void a_step_stores_the_complaint_one_version_on_with_its_timeline_entry() {
        Complaint registered = registered();

        ComplaintResult result = accept.execute(acceptCommand(registered.id(), 1, "r-accept"));

        assertThat(result.replayed()).isFalse();
        assertThat(result.complaint().state()).isEqualTo(ComplaintState.ACCEPTED);
        assertThat(store.findById(registered.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(store.events(registered.id(), 0, 10)).extracting(ComplaintEvent::type)
                .containsExactly(EventType.REGISTERED, EventType.ACCEPTED);
    }

    @Test
    void a_retried_step_is_replayed_and_not_taken_twice_although_its_etag_is_now_stale() {
        Complaint registered = registered();
        accept.execute(acceptCommand(registered.id(), 1, "r-accept"));

        ComplaintResult retry = accept.execute(acceptCommand(registered.id(), 1, "r-accept"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.complaint().version()).isEqualTo(2);
        assertThat(store.events(registered.id(), 0, 10)).hasSize(2);
    }

    @Test
    void a_stale_etag_is_refused_and_nothing_is_written() {
        Complaint registered = registered();
        accept.execute(acceptCommand(registered.id(), 1, "r-accept"));

        assertThatThrownBy(() -> withdraw.execute(new WithdrawComplaint.Command(
                on(registered.id(), 1, "r-withdraw", WithdrawComplaint.OPERATION), new Reason("settled"))))
                .isInstanceOfSatisfying(StaleEtagException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ETAG_MISMATCH");
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.currentVersion()).contains(2L);
                });
        assertThat(store.findById(registered.id()).orElseThrow().state()).isEqualTo(ComplaintState.ACCEPTED);
        assertThat(store.findRequest(new RequestId("r-withdraw"))).isEmpty();
    }

    @Test
    void a_refused_step_writes_nothing_and_leaves_the_request_id_free() {
        Complaint registered = registered();
        accept.execute(acceptCommand(registered.id(), 1, "r-accept"));

        assertThatThrownBy(() -> accept.execute(acceptCommand(registered.id(), 2, "r-accept-again")))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState()).isEqualTo(ComplaintState.ACCEPTED));
        assertThat(store.events(registered.id(), 0, 10)).hasSize(2);
        assertThat(store.findRequest(new RequestId("r-accept-again"))).isEmpty();
    }

    @Test
    void a_request_id_used_for_another_step_is_refused() {
        Complaint registered = registered();
        accept.execute(acceptCommand(registered.id(), 1, "r-1"));

        assertThatThrownBy(() -> withdraw.execute(new WithdrawComplaint.Command(
                on(registered.id(), 2, "r-1", WithdrawComplaint.OPERATION), new Reason("settled"))))
                .isInstanceOf(RequestIdReusedException.class);
        assertThat(store.findById(registered.id()).orElseThrow().state()).isEqualTo(ComplaintState.ACCEPTED);
    }

    @Test
    void a_request_id_used_for_the_same_step_on_another_complaint_is_refused() {
        Complaint first = registered();
        Complaint second = registered();
        accept.execute(acceptCommand(first.id(), 1, "r-1"));

        assertThatThrownBy(() -> accept.execute(acceptCommand(second.id(), 1, "r-1")))
                .isInstanceOf(RequestIdReusedException.class);
        assertThat(store.findById(second.id()).orElseThrow().state()).isEqualTo(ComplaintState.REGISTERED);
    }

    @Test
    void a_step_on_an_unknown_complaint_is_refused_as_out_of_reach() {
        var unknown = new ComplaintId(UUID.randomUUID());

        assertThatThrownBy(() -> accept.execute(acceptCommand(unknown, 1, "r-1")))
                .isInstanceOf(ComplaintOutOfReachException.class);
    }

    @Test
    void a_step_by_a_unit_that_does_not_reach_the_complaint_is_refused_whatever_its_etag_and_stores_nothing() {
        Complaint registered = registered();
        Actor outsider = new Actor(new UserId("agent-9"), Role.AGENT, new OrgUnitId("water/north"));

        for (long etag : new long[] {1, 7}) {
            assertThatThrownBy(() -> accept.execute(new AcceptComplaint.Command(
                    new StepRequest(registered.id(), etag, outsider,
                            new IdempotencyKey(new RequestId("r-out-" + etag), AcceptComplaint.OPERATION, "fp")),
                    new Statement("next"))))
                    .isInstanceOfSatisfying(ComplaintOutOfReachException.class,
                            e -> assertThat(e.unit()).isEqualTo(outsider.orgUnit()));
        }
        assertThat(store.findById(registered.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void the_timeline_pages_in_order_and_says_where_the_next_page_starts() {
        Complaint registered = registered();
        accept.execute(acceptCommand(registered.id(), 1, "r-accept"));
        withdraw.execute(new WithdrawComplaint.Command(
                on(registered.id(), 2, "r-withdraw", WithdrawComplaint.OPERATION), new Reason("settled")));
        var list = new ListComplaintEvents(store, store);

        var first = list.execute(agent, new ListComplaintEvents.Query(registered.id(), 2, 0));
        var second = list.execute(agent,
                new ListComplaintEvents.Query(registered.id(), 2, first.nextAfterSequence().orElseThrow()));

        assertThat(first.events()).extracting(ComplaintEvent::type).containsExactly(EventType.REGISTERED, EventType.ACCEPTED);
        assertThat(first.nextAfterSequence()).contains(2L);
        assertThat(second.events()).extracting(ComplaintEvent::type).containsExactly(EventType.WITHDRAWN);
        assertThat(second.nextAfterSequence()).isEmpty();
    }

    @Test
    void the_timeline_of_an_unknown_complaint_or_one_out_of_reach_is_refused_alike() {
        var list = new ListComplaintEvents(store, store);
        Complaint registered = registered();
        Actor outsider = new Actor(new UserId("agent-9"), Role.AGENT, new OrgUnitId("water/north"));

        assertThatThrownBy(() -> list.execute(agent,
                new ListComplaintEvents.Query(new ComplaintId(UUID.randomUUID()), 0, 0)))
                .isInstanceOf(ComplaintOutOfReachException.class);
        assertThatThrownBy(() -> list.execute(outsider, new ListComplaintEvents.Query(registered.id(), 0, 0)))
                .isInstanceOf(ComplaintOutOfReachException.class);
    }

    private AcceptComplaint.Command acceptCommand(ComplaintId id, long etag, String requestId) {
        return new AcceptComplaint.Command(on(id, etag, requestId, AcceptComplaint.OPERATION),
                new Statement("A technician calls you within 2 hours."));
    }

    private StepRequest on(ComplaintId id, long etag, String requestId, String operation) {
        return new StepRequest(id, etag, agent, new IdempotencyKey(new RequestId(requestId), operation, "fp-" + operation));
    }

    private Complaint registered() {
        Intake intake = Intakes.lowWaterPressure(clock.instant().minusSeconds(60));
        Complaint complaint = Complaint.register(new ComplaintId(UUID.randomUUID()),
                () -> TicketNumber.of(java.time.LocalDate.of(2026, 11, 23), store.size() + 1), intake, agent,
                clock.instant(), new SeverityPolicy(), new PriorityPolicy());
        store.insert(complaint, new IdempotencyKey(new RequestId("r-register-" + complaint.id()),
                RegisterComplaint.OPERATION, "fp"));
        return complaint;
    }
}
