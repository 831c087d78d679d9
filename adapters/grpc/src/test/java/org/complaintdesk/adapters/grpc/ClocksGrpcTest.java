package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintView;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.DeadlinePolicy;
import org.junit.jupiter.api.Test;

/**
 * The clocks on the complaint resource through the real gRPC stack, in process: computed for every
 * complaint a method returns, at the time of the call, and in lists only when asked for. The
 * heating complaint of {@link Requests} came by hotline on Monday 2026-11-23 at 09:15 in Shanghai.
 */
class ClocksGrpcTest extends InProcessDeskTest {
    private static final Instant RECEIVED = Requests.RECEIVED;

    @Test
    void a_registered_complaint_comes_with_the_clocks_its_registration_started() {
        Complaint registered = life.registered();

        assertThat(registered.getClocksList()).extracting(Clock::getKind).containsExactly(Clock.Kind.KIND_REGISTRATION,
                Clock.Kind.KIND_FORWARD_TO_DEPARTMENT, Clock.Kind.KIND_REPLY, Clock.Kind.KIND_FOLLOW_UP);
        Clock reply = clock(registered, Clock.Kind.KIND_REPLY);
        assertThat(reply.getState()).isEqualTo(Clock.State.STATE_RUNNING);
        assertThat(reply.getRound()).isEqualTo(1);
        assertThat(reply.getStartTime()).isEqualTo(Requests.timestamp(RECEIVED));
        // 002 ch.5 §2: by phone within 2 working days, i.e. by the end of Wednesday.
        assertThat(reply.getDueTime()).isEqualTo(Requests.timestamp(Instant.parse("2026-11-25T16:00:00Z")));
        assertThat(reply.getRuleSource()).startsWith("002 ch.5 §2");
        assertThat(life.read(registered)).isEqualTo(registered);
    }

    @Test
    void the_clocks_are_computed_at_the_time_of_the_call() {
        Complaint registered = life.registered();
        desk.clock.advance(Duration.ofHours(1));

        Clock forward = clock(life.read(registered), Clock.Kind.KIND_FORWARD_TO_DEPARTMENT);

        // 003 三.2(1): within 1 hour of receipt, which was 45 minutes before the registration.
        assertThat(forward.getState()).isEqualTo(Clock.State.STATE_BREACHED);
        assertThat(forward.getLate()).isTrue();
        assertThat(forward.getDueTime()).isEqualTo(Requests.timestamp(RECEIVED.plus(Duration.ofHours(1))));
    }

    @Test
    void a_lifecycle_step_answers_with_the_clocks_after_the_step() {
        Complaint accepted = life.accepted();
        assertThat(clock(accepted, Clock.Kind.KIND_REGISTRATION).getState()).isEqualTo(Clock.State.STATE_MET);
        assertThat(clock(accepted, Clock.Kind.KIND_REGISTRATION).getMetTime())
                .isEqualTo(Requests.timestamp(Requests.NOW));

        Complaint dispatched = life.supervisor.dispatchComplaint(StepCalls.dispatch(accepted, "r-dispatch").build())
                .getComplaint();

        assertThat(clock(dispatched, Clock.Kind.KIND_FORWARD_TO_DEPARTMENT).getState())
                .isEqualTo(Clock.State.STATE_MET);
        Clock firstContact = clock(dispatched, Clock.Kind.KIND_FIRST_CONTACT);
        assertThat(firstContact.getState()).isEqualTo(Clock.State.STATE_RUNNING);
        assertThat(firstContact.getDueTime()).isEqualTo(Requests.timestamp(Requests.NOW.plus(Duration.ofHours(2))));
        assertThat(firstContact.getWarningTime())
                .isEqualTo(Requests.timestamp(Requests.NOW.plus(Duration.ofMinutes(96))));
        assertThat(life.read(dispatched)).isEqualTo(dispatched);
    }

    @Test
    void a_list_leaves_the_clocks_out_unless_the_full_view_is_asked_for() {
        Complaint first = life.registered();
        Complaint second = life.accepted();

        List<Complaint> basic = life.agent.listComplaints(ListComplaintsRequest.getDefaultInstance()).getComplaintsList();
        List<Complaint> named = life.agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setView(ComplaintView.COMPLAINT_VIEW_BASIC).build()).getComplaintsList();
        List<Complaint> full = life.agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setView(ComplaintView.COMPLAINT_VIEW_FULL).build()).getComplaintsList();

        assertThat(basic).hasSize(2).allSatisfy(c -> assertThat(c.getClocksList()).isEmpty());
        assertThat(named).isEqualTo(basic);
        assertThat(full).containsExactlyInAnyOrder(life.read(first), life.read(second));
        assertThat(full).allSatisfy(c -> assertThat(c.getClocksList()).isNotEmpty());
    }

    @Test
    void a_view_this_server_does_not_know_is_refused() {
        StatusRuntimeException refused = failure(() -> life.agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setViewValue(7).build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly("view FORMAT");
    }

    @Test
    void the_owning_units_profile_times_its_clocks() throws Exception {
        desk.close();
        desk = new InProcessDesk(null, DeadlinePolicies.parse(Lifecycle.OWNER + "=hotline-12345",
                DeadlinePolicy.shipped(), DeadlinePolicy.seedDefaults()));
        life = new Lifecycle(desk);

        Clock reply = clock(life.registered(), Clock.Kind.KIND_REPLY);

        assertThat(reply.getRuleSource()).startsWith("12345 hotline");
        assertThat(reply.getDueTime()).isEqualTo(Requests.timestamp(Instant.parse("2026-12-14T16:00:00Z")));
    }

    private static Clock clock(Complaint complaint, Clock.Kind kind) {
        return complaint.getClocksList().stream().filter(c -> c.getKind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + complaint.getClocksList()));
    }
}
