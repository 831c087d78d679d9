package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import com.google.rpc.ResourceInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.UUID;
import org.complaintdesk.api.v1.AcceptComplaintResponse;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.DispatchComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintEventsRequest;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.junit.jupiter.api.Test;

/** What every lifecycle method shares: identity, checks, retries, etags and refusals, through the real gRPC stack. */
class StepRulesGrpcTest extends InProcessDeskTest {
    @Test
    void a_retry_with_the_same_request_id_is_replayed_and_takes_the_step_once() {
        Complaint registered = life.registered();
        AcceptComplaintResponse first = life.agent.acceptComplaint(StepCalls.accept(registered, "r-accept").build());

        AcceptComplaintResponse retry = life.agent.acceptComplaint(StepCalls.accept(registered, "r-accept").build());

        assertThat(retry.getReplayed()).isTrue();
        assertThat(retry.getComplaint()).isEqualTo(first.getComplaint());
        assertThat(timelineLength(registered)).isEqualTo(2);
    }

    @Test
    void a_request_id_reused_with_another_body_is_refused_and_changes_nothing() {
        Complaint registered = life.registered();
        Complaint accepted = life.agent.acceptComplaint(StepCalls.accept(registered, "r-accept").build()).getComplaint();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.agent.acceptComplaint(
                StepCalls.accept(registered, "r-accept").setNextSteps("We will write to you.").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("REQUEST_ID_REUSED");
        assertThat(info.getMetadataMap()).containsEntry("request_id", "r-accept");
        assertThat(life.read(registered)).isEqualTo(accepted);
    }

    @Test
    void a_request_id_of_another_method_is_reused_not_replayed() {
        Complaint accepted = life.accepted();
        life.agent.recordComplaintContact(StepCalls.recordContact(accepted, "r-same").build());

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                life.supervisor.dispatchComplaint(StepCalls.dispatch(life.read(accepted), "r-same").build()));

        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason())
                .isEqualTo("REQUEST_ID_REUSED");
    }

    @Test
    void a_stale_etag_is_aborted_with_the_current_etag_and_changes_nothing() {
        Complaint registered = life.registered();
        Complaint accepted = life.agent.acceptComplaint(StepCalls.accept(registered, "r-accept").build()).getComplaint();

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                life.agent.withdrawComplaint(StepCalls.withdraw(registered, "r-withdraw").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ETAG_MISMATCH");
        assertThat(info.getMetadataMap()).containsEntry("current_etag", accepted.getEtag());
        assertThat(life.read(registered)).isEqualTo(accepted);
    }

    @Test
    void a_step_the_state_does_not_allow_fails_its_precondition_naming_the_rule_and_the_state() {
        Complaint registered = life.registered();

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                life.supervisor.dispatchComplaint(StepCalls.dispatch(registered, "r-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("DISPATCH_BEFORE_ACCEPTANCE");
        assertThat(info.getDomain()).isEqualTo("complaintdesk.example.com");
        assertThat(info.getMetadataMap()).containsEntry("current_state", "STATE_REGISTERED");
        assertThat(timelineLength(registered)).isEqualTo(1);
    }

    @Test
    void a_step_without_role_and_unit_is_unauthenticated_even_with_bad_input() {
        Complaint registered = life.registered();
        var userOnly = desk.as("agent-7", null, null);

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                userOnly.acceptComplaint(StepCalls.accept(registered, "r-1").setEtag("").setNextSteps("").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("CALLER_NOT_IDENTIFIED");
        assertThat(info.getMetadataMap()).containsEntry("header", "x-user-role,x-org-unit");
    }

    @Test
    void a_role_that_may_not_take_the_step_is_denied_with_the_roles_that_may() {
        Complaint registered = life.registered();

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                life.auditor.acceptComplaint(StepCalls.accept(registered, "r-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(info.getMetadataMap())
                .containsEntry("role", "AUDITOR")
                .containsEntry("permitted_roles", "AGENT,SUPERVISOR,DIRECTOR");
    }

    @Test
    void every_bad_field_is_listed_at_once() {
        var request = DispatchComplaintRequest.newBuilder()
                .setName("tickets/42")
                .setEtag("W/\"1\"")
                .setLeadDepartment("/root")
                .addCoHandlingDepartments("GRID-OPS")
                .addCoHandlingDepartments("bad unit")
                .setHandler("")
                .build();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.supervisor.dispatchComplaint(request));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "name FORMAT",
                "etag FORMAT",
                "request_id REQUIRED",
                "lead_department FORMAT",
                "co_handling_departments[1] FORMAT",
                "handler REQUIRED");
    }

    @Test
    void a_missing_etag_is_a_bad_request_on_etag() {
        Complaint registered = life.registered();

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                life.agent.acceptComplaint(StepCalls.accept(registered, "r-1").clearEtag().build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly("etag REQUIRED");
    }

    @Test
    void the_ticket_number_names_the_complaint_too() {
        Complaint registered = life.registered();
        var byTicket = StepCalls.accept(registered, "r-1").setName("complaints/" + registered.getTicketNumber()).build();

        Complaint accepted = life.agent.acceptComplaint(byTicket).getComplaint();

        assertThat(accepted.getName()).isEqualTo(registered.getName());
        assertThat(accepted.getState()).isEqualTo(Complaint.State.STATE_ACCEPTED);
    }

    @Test
    void a_step_on_an_unknown_complaint_is_refused_as_out_of_reach_under_the_name_as_requested() {
        Complaint registered = life.registered();
        String unknown = ComplaintName.of(new ComplaintId(UUID.fromString("0f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60")));

        StatusRuntimeException byId = InProcessDesk.failure(() ->
                life.agent.acceptComplaint(StepCalls.accept(registered, "r-1").setName(unknown).build()));
        StatusRuntimeException byTicket = InProcessDesk.failure(() -> life.agent.acceptComplaint(
                StepCalls.accept(registered, "r-2").setName("complaints/TS20261123000999").build()));

        assertThat(byId.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(byId), ResourceInfo.class).getResourceName())
                .isEqualTo(unknown);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(byTicket), ResourceInfo.class).getResourceName())
                .isEqualTo("complaints/TS20261123000999");
    }

    @Test
    void the_answer_to_a_step_shows_the_complainant_as_a_read_by_the_same_caller_would() {
        Complaint registered = life.registered();

        Complaint accepted = life.agent.acceptComplaint(StepCalls.accept(registered, "r-1").build()).getComplaint();

        assertThat(accepted.getComplainant()).isEqualTo(registered.getComplainant());
        assertThat(accepted.getComplainant().getPhoneNumber()).isEqualTo("13812345678");
    }

    private int timelineLength(Complaint complaint) {
        return life.agent.listComplaintEvents(ListComplaintEventsRequest.newBuilder().setParent(complaint.getName()).build())
                .getEventsCount();
    }
}
