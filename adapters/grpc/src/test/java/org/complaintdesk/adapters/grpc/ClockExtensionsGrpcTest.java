package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;
import static org.complaintdesk.adapters.grpc.StepAssertions.assertPrecondition;
import static org.complaintdesk.adapters.grpc.StepAssertions.clock;
import static org.complaintdesk.adapters.grpc.StepAssertions.eventsOf;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.api.v1.SupervisionCause;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/**
 * Extensions of a clock (延期) and supervision (督办) through the real gRPC stack: asking, granting
 * and refusing, the refusals, and what the complaint, its clocks and its timeline show. The
 * heating complaint of {@link Requests} came by hotline on Monday 2026-11-23 at 10:00 in Shanghai;
 * its reply is due by the end of Wednesday.
 */
class ClockExtensionsGrpcTest extends InProcessDeskTest {
    /** The end of Friday 27 November in Shanghai: two working days more for the reply. */
    private static final Instant END_OF_FRIDAY = Instant.parse("2026-11-27T16:00:00Z");
    private static final Instant TOLD = Requests.NOW.minus(Duration.ofMinutes(10));

    @Test
    void a_granted_extension_moves_the_reply_due_and_the_clock_shows_the_original_due_and_the_extension() {
        Complaint dispatched = life.dispatched();
        Clock before = clock(dispatched, Clock.Kind.KIND_REPLY);

        Complaint asked = life.handler.requestClockExtension(
                StepCalls.requestExtension(dispatched, "r-ask", END_OF_FRIDAY, TOLD).build()).getComplaint();

        assertThat(asked.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(asked.getHandling().getPendingExtension()).isEqualTo(Handling.PendingExtension.newBuilder()
                .setClock(Clock.Kind.KIND_REPLY)
                .setNewDueTime(Requests.timestamp(END_OF_FRIDAY))
                .setReason("The meter is at the test laboratory until Friday.")
                .setPreliminaryOpinion("The supply was normal; the meter is suspected and being tested.")
                .setComplainantToldTime(Requests.timestamp(TOLD))
                .setRequestedBy(StepCalls.HANDLER_ID)
                .setRequestTime(Requests.timestamp(Requests.NOW))
                .build());
        // Asked for is not granted: the reply keeps its due.
        assertThat(clock(asked, Clock.Kind.KIND_REPLY)).isEqualTo(before);
        desk.clock.advance(Duration.ofHours(1));

        Complaint granted = life.supervisor.approveClockExtension(StepCalls.approveExtension(asked, "r-grant").build())
                .getComplaint();

        assertThat(granted.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(granted.getHandling().hasPendingExtension()).isFalse();
        Clock reply = clock(granted, Clock.Kind.KIND_REPLY);
        assertThat(reply.getState()).isEqualTo(Clock.State.STATE_RUNNING);
        assertThat(reply.getDueTime()).isEqualTo(Requests.timestamp(END_OF_FRIDAY));
        assertThat(reply.getOriginalDueTime()).isEqualTo(before.getDueTime());
        assertThat(reply.getExtension()).isEqualTo(Clock.Extension.newBuilder()
                .setNewDueTime(Requests.timestamp(END_OF_FRIDAY))
                .setApproveTime(Requests.timestamp(Requests.NOW.plus(Duration.ofHours(1))))
                .setApprovedBy("supervisor-1")
                .setReason("The meter is at the test laboratory until Friday.")
                .build());
        // Only the clock asked for moves.
        assertThat(clock(granted, Clock.Kind.KIND_FIRST_CONTACT).hasExtension()).isFalse();
        assertThat(life.read(granted).getClocksList()).contains(reply);

        List<ComplaintEvent> events = eventsOf(life, granted);
        assertThat(events).extracting(ComplaintEvent::getType).endsWith(
                ComplaintEvent.Type.TYPE_EXTENSION_REQUESTED, ComplaintEvent.Type.TYPE_EXTENSION_APPROVED);
        ComplaintEvent requested = events.get(events.size() - 2);
        assertThat(requested.getNote()).isEqualTo("The supply was normal; the meter is suspected and being tested.");
        assertThat(requested.getDetailsMap())
                .containsEntry("clock", "KIND_REPLY")
                .containsEntry("new_due", END_OF_FRIDAY.toString())
                .containsEntry("complainant_told_at", TOLD.toString());
        ComplaintEvent approved = events.getLast();
        assertThat(approved.getNote()).isEqualTo("Granted; reply as soon as the result is in.");
        assertThat(approved.getActor().getUserId()).isEqualTo("supervisor-1");
        assertThat(approved.getDetailsMap())
                .containsEntry("clock", "KIND_REPLY")
                .containsEntry("requested_by", StepCalls.HANDLER_ID);
    }

    @Test
    void a_refused_extension_leaves_the_due_and_clears_the_request() {
        Complaint dispatched = life.dispatched();
        Clock before = clock(dispatched, Clock.Kind.KIND_REPLY);
        Complaint asked = life.handler.requestClockExtension(
                StepCalls.requestExtension(dispatched, "r-ask", END_OF_FRIDAY, TOLD).build()).getComplaint();

        Complaint refused = life.director.rejectClockExtension(StepCalls.rejectExtension(asked, "r-refuse").build())
                .getComplaint();

        assertThat(refused.getHandling().hasPendingExtension()).isFalse();
        Clock reply = clock(refused, Clock.Kind.KIND_REPLY);
        assertThat(reply.getDueTime()).isEqualTo(before.getDueTime());
        assertThat(reply.getOriginalDueTime()).isEqualTo(before.getDueTime());
        assertThat(reply.hasExtension()).isFalse();
        ComplaintEvent rejected = eventsOf(life, refused).getLast();
        assertThat(rejected.getType()).isEqualTo(ComplaintEvent.Type.TYPE_EXTENSION_REJECTED);
        assertThat(rejected.getNote()).isEqualTo("Reply now with the supply data; the meter result can follow.");
        assertThat(rejected.getDetailsMap()).containsEntry("clock", "KIND_REPLY");
    }

    @Test
    void a_clock_that_ran_out_is_not_extended() {
        Complaint dispatched = life.dispatched();
        // Thursday 10:00: the reply was due at the end of Wednesday.
        desk.clock.advance(Duration.ofDays(3));
        Instant now = desk.clock.instant();

        StatusRuntimeException refused = failure(() -> life.handler.requestClockExtension(StepCalls.requestExtension(
                dispatched, "r-late", Instant.parse("2026-11-30T16:00:00Z"), now.minus(Duration.ofMinutes(5))).build()));

        assertPrecondition(refused, "CLOCK_RAN_OUT", "STATE_DISPATCHED");
        assertThat(life.read(dispatched).getHandling().hasPendingExtension()).isFalse();
    }

    @Test
    void a_clock_that_has_not_started_is_not_extended() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = failure(() -> life.handler.requestClockExtension(
                StepCalls.requestExtension(dispatched, "r-1", END_OF_FRIDAY, TOLD)
                        .setClock(Clock.Kind.KIND_CALLBACK).build()));

        assertPrecondition(refused, "CLOCK_NOT_RUNNING", "STATE_DISPATCHED");
    }

    @Test
    void one_extension_awaits_a_decision_at_a_time() {
        Complaint asked = life.handler.requestClockExtension(
                StepCalls.requestExtension(life.dispatched(), "r-1", END_OF_FRIDAY, TOLD).build()).getComplaint();

        StatusRuntimeException refused = failure(() -> life.agent.requestClockExtension(
                StepCalls.requestExtension(asked, "r-2", END_OF_FRIDAY.plus(Duration.ofDays(3)), TOLD).build()));

        assertPrecondition(refused, "EXTENSION_ALREADY_PENDING", "STATE_DISPATCHED");
    }

    @Test
    void a_request_without_clock_and_new_due_is_refused_on_each_field() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = failure(() -> life.handler.requestClockExtension(
                StepCalls.requestExtension(dispatched, "r-1", END_OF_FRIDAY, TOLD)
                        .clearClock().clearNewDueTime().setPreliminaryOpinion(" ").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "clock REQUIRED", "new_due_time REQUIRED", "preliminary_opinion REQUIRED");
        assertThat(life.read(dispatched)).isEqualTo(dispatched);
    }

    @Test
    void values_the_complaint_and_its_clock_refuse_are_named_by_their_request_fields() {
        Complaint dispatched = life.dispatched();
        Clock reply = clock(dispatched, Clock.Kind.KIND_REPLY);
        Instant earlier = ProtoTime.toInstant("due_time", reply.getDueTime()).minus(Duration.ofHours(1));

        StatusRuntimeException notLater = failure(() -> life.handler.requestClockExtension(
                StepCalls.requestExtension(dispatched, "r-1", earlier, TOLD).build()));
        StatusRuntimeException toldLater = failure(() -> life.handler.requestClockExtension(
                StepCalls.requestExtension(dispatched, "r-2", END_OF_FRIDAY, Requests.NOW.plus(Duration.ofHours(1)))
                        .build()));
        StatusRuntimeException passed = failure(() -> life.handler.requestClockExtension(
                StepCalls.requestExtension(dispatched, "r-3", Requests.NOW.minus(Duration.ofHours(1)), TOLD).build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(notLater)))
                .containsExactly("new_due_time EXTENSION_NOT_LATER");
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(toldLater)))
                .containsExactly("complainant_told_time IN_FUTURE");
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(passed)))
                .containsExactly("new_due_time EXTENSION_DUE_PASSED");
    }

    @Test
    void a_new_due_that_has_passed_and_a_complainant_told_in_the_future_are_refused_in_one_answer() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = failure(() -> life.handler.requestClockExtension(StepCalls.requestExtension(
                dispatched, "r-1", Requests.NOW.minus(Duration.ofHours(1)), Requests.NOW.plus(Duration.ofHours(1)))
                .build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly(
                "complainant_told_time IN_FUTURE", "new_due_time EXTENSION_DUE_PASSED");
        assertThat(life.read(dispatched)).isEqualTo(dispatched);
    }

    @Test
    void a_new_due_not_later_than_the_clock_s_and_a_complainant_told_in_the_future_are_refused_in_one_answer() {
        Complaint dispatched = life.dispatched();
        Instant earlier = ProtoTime.toInstant("due_time", clock(dispatched, Clock.Kind.KIND_REPLY).getDueTime())
                .minus(Duration.ofHours(1));

        StatusRuntimeException refused = failure(() -> life.handler.requestClockExtension(StepCalls.requestExtension(
                dispatched, "r-1", earlier, Requests.NOW.plus(Duration.ofHours(1))).build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly(
                "complainant_told_time IN_FUTURE", "new_due_time EXTENSION_NOT_LATER");
    }

    @Test
    void a_clock_that_ran_out_is_refused_before_the_values_asked_for() {
        Complaint dispatched = life.dispatched();
        desk.clock.advance(Duration.ofDays(3));
        Instant now = desk.clock.instant();

        StatusRuntimeException refused = failure(() -> life.handler.requestClockExtension(StepCalls.requestExtension(
                dispatched, "r-late", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1))).build()));

        assertPrecondition(refused, "CLOCK_RAN_OUT", "STATE_DISPATCHED");
    }

    @Test
    void the_lead_who_asked_for_an_extension_may_not_grant_it_and_another_lead_may() {
        Complaint asked = life.supervisor.requestClockExtension(
                StepCalls.requestExtension(life.dispatched(), "r-ask", END_OF_FRIDAY, TOLD).build()).getComplaint();

        StatusRuntimeException refused = failure(() ->
                life.supervisor.approveClockExtension(StepCalls.approveExtension(asked, "r-self").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("APPROVER_IS_PROPOSER");
        assertThat(info.getMetadataMap()).containsEntry("role", "SUPERVISOR");
        assertThat(life.read(asked)).isEqualTo(asked);

        Complaint granted = life.director.approveClockExtension(StepCalls.approveExtension(asked, "r-other").build())
                .getComplaint();
        assertThat(clock(granted, Clock.Kind.KIND_REPLY).getExtension().getApprovedBy()).isEqualTo("director-1");
    }

    @Test
    void a_handler_may_ask_for_an_extension_but_not_grant_one() {
        Complaint asked = life.agent.requestClockExtension(
                StepCalls.requestExtension(life.dispatched(), "r-ask", END_OF_FRIDAY, TOLD).build()).getComplaint();

        StatusRuntimeException refused = failure(() ->
                life.handler.approveClockExtension(StepCalls.approveExtension(asked, "r-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(info.getMetadataMap()).containsEntry("permitted_roles", "SUPERVISOR,DIRECTOR");
    }

    @Test
    void without_a_pending_extension_there_is_nothing_to_decide() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = failure(() ->
                life.supervisor.rejectClockExtension(StepCalls.rejectExtension(dispatched, "r-1").build()));

        assertPrecondition(refused, "NO_EXTENSION_PENDING", "STATE_DISPATCHED");
    }

    @Test
    void an_extension_overtaken_by_a_wait_on_the_complainant_is_not_granted() {
        Complaint dispatched = life.dispatched();
        Instant due = ProtoTime.toInstant("due_time", clock(dispatched, Clock.Kind.KIND_REPLY).getDueTime());
        Complaint asked = life.handler.requestClockExtension(StepCalls.requestExtension(dispatched, "r-ask",
                due.plus(Duration.ofHours(1)), TOLD).build()).getComplaint();
        Complaint waiting = life.handler.waitOnComplainant(StepCalls.waitOnComplainant(asked, "r-wait").build())
                .getComplaint();
        // Two working hours stood still move the reply's due past the one asked for.
        desk.clock.advance(Duration.ofHours(2));

        StatusRuntimeException refused = failure(() ->
                life.supervisor.approveClockExtension(StepCalls.approveExtension(waiting, "r-grant").build()));

        assertPrecondition(refused, "EXTENSION_NOT_LATER", "STATE_DISPATCHED");
        assertThat(life.read(waiting).getHandling().hasPendingExtension()).isTrue();
    }

    @Test
    void every_caller_sees_the_pending_extension_and_the_supervision() {
        Complaint asked = life.handler.requestClockExtension(
                StepCalls.requestExtension(life.dispatched(), "r-ask", END_OF_FRIDAY, TOLD).build()).getComplaint();
        desk.clock.advance(Duration.ofHours(3));
        Instant escalated = desk.clock.instant();
        superviseAsTheMonitorDoes(asked, escalated);

        Complaint read = life.auditor.getComplaint(org.complaintdesk.api.v1.GetComplaintRequest.newBuilder()
                .setName(asked.getName()).build()).getComplaint();

        // The reason and the preliminary opinion are free text, masked for an auditor like the description.
        assertThat(read.getHandling().getPendingExtension())
                .isEqualTo(FreeTextMasking.mask(asked.getHandling().getPendingExtension()));
        assertThat(read.getHandling().getPendingExtension().getPreliminaryOpinion()).isEqualTo("***");
        assertThat(read.getHandling().getPendingExtension().getClock()).isEqualTo(Clock.Kind.KIND_REPLY);
        assertThat(read.getHandling().getSupervision()).isEqualTo(Handling.Supervision.newBuilder()
                .setLevel(Handling.Supervision.Level.LEVEL_DIRECTOR)
                .setCause(SupervisionCause.SUPERVISION_CAUSE_CLOCK_BREACHED)
                .setClock(Clock.Kind.KIND_FIRST_CONTACT)
                .setStartTime(Requests.timestamp(escalated))
                .build());
        ComplaintEvent supervised = eventsOf(life, read).getLast();
        assertThat(supervised.getType()).isEqualTo(ComplaintEvent.Type.TYPE_SUPERVISED);
        assertThat(supervised.getActor().getRole()).isEqualTo(org.complaintdesk.api.v1.Role.ROLE_SYSTEM);
        assertThat(supervised.getDetailsMap())
                .containsEntry("level", "LEVEL_DIRECTOR")
                .containsEntry("cause", "SUPERVISION_CAUSE_CLOCK_BREACHED")
                .containsEntry("clock", "KIND_FIRST_CONTACT");
    }

    /** The escalation the clock monitor would store after the first contact ran out; it has no gRPC method. */
    private void superviseAsTheMonitorDoes(Complaint on, Instant at) {
        var id = ((ComplaintName.ById) ComplaintName.parse("name", on.getName())).id();
        var stored = desk.store.findById(id).orElseThrow();
        var monitor = new Actor(new UserId("clock-monitor"), Role.SYSTEM, new OrgUnitId("OFFICE"));
        desk.store.update(stored.supervise(Role.DIRECTOR, org.complaintdesk.domain.handling.SupervisionCause.CLOCK_BREACHED,
                        Optional.of(ClockKind.FIRST_CONTACT), new Statement("The clock FIRST_CONTACT ran out; escalated."), monitor, at),
                new IdempotencyKey(new RequestId("monitor-1"), "Supervise", "-"));
    }
}
