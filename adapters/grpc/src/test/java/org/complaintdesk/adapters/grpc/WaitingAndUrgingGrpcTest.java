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
import java.util.List;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.UrgeComplaintResponse;
import org.junit.jupiter.api.Test;

/**
 * Waiting on the complainant (stop-the-clock) and urging through the real gRPC stack: the steps,
 * their refusals, and what the complaint, its clocks and its timeline show. The heating complaint
 * of {@link Requests} came by hotline on Monday 2026-11-23; its reply is due by the end of Wednesday.
 */
class WaitingAndUrgingGrpcTest extends InProcessDeskTest {

    @Test
    void a_handler_waits_on_the_complainant_and_the_reply_clock_stands_still_with_the_reason() {
        Complaint dispatched = life.dispatched();

        Complaint waiting = life.handler.waitOnComplainant(StepCalls.waitOnComplainant(dispatched, "r-wait").build())
                .getComplaint();

        assertThat(waiting.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(waiting.getHandling().getComplainantWait().getReason())
                .isEqualTo(Clock.PauseReason.PAUSE_REASON_MATERIALS_REQUESTED);
        assertThat(waiting.getHandling().getComplainantWait().getNote())
                .isEqualTo("Asked for photos of the radiator valves by WeChat.");
        assertThat(waiting.getHandling().getComplainantWait().getRecordedBy()).isEqualTo(StepCalls.HANDLER_ID);
        assertThat(waiting.getHandling().getComplainantWait().getStartTime()).isEqualTo(Requests.timestamp(Requests.NOW));
        assertThat(clock(waiting, Clock.Kind.KIND_REPLY).getPauseReason())
                .isEqualTo(Clock.PauseReason.PAUSE_REASON_MATERIALS_REQUESTED);
        assertThat(clock(waiting, Clock.Kind.KIND_FIRST_CONTACT).getPauseReason())
                .isEqualTo(Clock.PauseReason.PAUSE_REASON_MATERIALS_REQUESTED);
    }

    @Test
    void resuming_ends_the_wait_and_the_reply_is_due_as_much_later_as_it_stood_still() {
        Complaint dispatched = life.dispatched();
        Clock before = clock(dispatched, Clock.Kind.KIND_REPLY);
        Complaint waiting = life.handler.waitOnComplainant(StepCalls.waitOnComplainant(dispatched, "r-wait").build())
                .getComplaint();
        desk.clock.advance(Duration.ofHours(2));

        Complaint resumed = life.handler.resumeComplaintHandling(StepCalls.resumeHandling(waiting, "r-resume").build())
                .getComplaint();

        assertThat(resumed.getHandling().hasComplainantWait()).isFalse();
        Clock reply = clock(resumed, Clock.Kind.KIND_REPLY);
        assertThat(reply.getPauseReason()).isEqualTo(Clock.PauseReason.PAUSE_REASON_UNSPECIFIED);
        assertThat(reply.getPausedDuration().getSeconds()).isEqualTo(Duration.ofHours(2).toSeconds());
        // Two working hours on Monday move the end of Wednesday two working hours into Thursday.
        assertThat(reply.getDueTime()).isEqualTo(Requests.timestamp(
                ProtoTime.toInstant("due_time", before.getDueTime()).plus(Duration.ofHours(2))));
        assertThat(eventsOf(life, resumed)).extracting(ComplaintEvent::getType).endsWith(
                ComplaintEvent.Type.TYPE_WAITING_ON_COMPLAINANT, ComplaintEvent.Type.TYPE_WAITING_ENDED);
    }

    @Test
    void a_complaint_waits_on_one_thing_at_a_time() {
        Complaint waiting = life.handler.waitOnComplainant(StepCalls.waitOnComplainant(life.dispatched(), "r-1").build())
                .getComplaint();

        StatusRuntimeException refused = failure(() -> life.agent.waitOnComplainant(StepCalls.waitOnComplainant(waiting, "r-2")
                .setReason(Clock.PauseReason.PAUSE_REASON_COMPLAINANT_UNREACHABLE).build()));

        assertPrecondition(refused, "ALREADY_WAITING", "STATE_DISPATCHED");
        assertThat(life.read(waiting)).isEqualTo(waiting);
    }

    @Test
    void a_complaint_that_does_not_wait_does_not_resume() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = failure(() ->
                life.handler.resumeComplaintHandling(StepCalls.resumeHandling(dispatched, "r-1").build()));

        assertPrecondition(refused, "NOT_WAITING", "STATE_DISPATCHED");
    }

    @Test
    void a_complaint_not_yet_accepted_does_not_wait() {
        Complaint registered = life.registered();

        StatusRuntimeException refused = failure(() ->
                life.agent.waitOnComplainant(StepCalls.waitOnComplainant(registered, "r-1").build()));

        assertPrecondition(refused, "WAIT_BEFORE_ACCEPTANCE", "STATE_REGISTERED");
    }

    @Test
    void a_wait_without_its_reason_is_refused_on_the_field() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = failure(() -> life.handler.waitOnComplainant(
                StepCalls.waitOnComplainant(dispatched, "r-1").clearReason().build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly("reason REQUIRED");
    }

    @Test
    void a_handler_of_another_department_may_not_wait_on_the_complainant() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = failure(() ->
                life.outsider.waitOnComplainant(StepCalls.waitOnComplainant(dispatched, "r-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason())
                .isEqualTo("NOT_HANDLING_DEPARTMENT");
    }

    @Test
    void the_withdrawal_of_a_waiting_complaint_ends_the_wait_and_says_so() {
        Complaint waiting = life.handler.waitOnComplainant(StepCalls.waitOnComplainant(life.dispatched(), "r-1").build())
                .getComplaint();

        Complaint withdrawn = life.agent.withdrawComplaint(StepCalls.withdraw(waiting, "r-2").build()).getComplaint();

        assertThat(withdrawn.getHandling().hasComplainantWait()).isFalse();
        assertThat(eventsOf(life, withdrawn).getLast().getDetailsMap())
                .containsEntry("waiting_reason", "PAUSE_REASON_MATERIALS_REQUESTED")
                .containsEntry("waiting_since", Requests.NOW.toString());
    }

    @Test
    void two_urges_are_counted_and_each_is_on_the_timeline() {
        Complaint dispatched = life.dispatched();
        Complaint urgedOnce = life.supervisor.urgeComplaint(StepCalls.urge(dispatched, "r-1").build()).getComplaint();
        desk.clock.advance(Duration.ofMinutes(30));

        Complaint urgedTwice = life.director.urgeComplaint(StepCalls.urge(urgedOnce, "r-2")
                .setNote("Media enquiry: answer within the hour.").build()).getComplaint();

        assertThat(urgedTwice.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(urgedTwice.getHandling().getUrgeCount()).isEqualTo(2);
        assertThat(urgedTwice.getHandling().getLatestUrge().getUrgedBy()).isEqualTo("director-1");
        assertThat(urgedTwice.getHandling().getLatestUrge().getNote()).isEqualTo("Media enquiry: answer within the hour.");
        assertThat(urgedTwice.getHandling().getLatestUrge().getUrgeTime())
                .isEqualTo(Requests.timestamp(Requests.NOW.plus(Duration.ofMinutes(30))));
        List<ComplaintEvent> urges = eventsOf(life, urgedTwice).stream()
                .filter(e -> e.getType() == ComplaintEvent.Type.TYPE_URGED).toList();
        assertThat(urges).extracting(e -> e.getDetailsMap().get("urge_count")).containsExactly("1", "2");
        assertThat(urges).extracting(e -> e.getActor().getUserId()).containsExactly("supervisor-1", "director-1");
    }

    @Test
    void a_retried_urge_is_counted_once() {
        Complaint dispatched = life.dispatched();
        life.supervisor.urgeComplaint(StepCalls.urge(dispatched, "r-urge").build());

        UrgeComplaintResponse retry = life.supervisor.urgeComplaint(StepCalls.urge(dispatched, "r-urge").build());

        assertThat(retry.getReplayed()).isTrue();
        assertThat(retry.getComplaint().getHandling().getUrgeCount()).isEqualTo(1);
    }

    @Test
    void an_agent_may_not_urge() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = failure(() -> life.agent.urgeComplaint(StepCalls.urge(dispatched, "r-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(info.getMetadataMap()).containsEntry("permitted_roles", "SUPERVISOR,DIRECTOR");
    }
}
