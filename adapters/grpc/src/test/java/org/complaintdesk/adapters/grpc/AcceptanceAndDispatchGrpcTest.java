package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.DeclineReason;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.Priority;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.junit.jupiter.api.Test;

/** Acceptance review, classification and dispatch through the real gRPC stack. */
class AcceptanceAndDispatchGrpcTest extends InProcessDeskTest {
    @Test
    void an_agent_accepts_a_registered_complaint_and_the_next_steps_are_shown() {
        Complaint registered = life.registered();

        var response = life.agent.acceptComplaint(StepCalls.accept(registered, "r-accept").build());

        Complaint accepted = response.getComplaint();
        assertThat(response.getReplayed()).isFalse();
        assertThat(accepted.getState()).isEqualTo(Complaint.State.STATE_ACCEPTED);
        assertThat(accepted.getEtag()).isNotEqualTo(registered.getEtag());
        assertThat(accepted.getHandling().getAcceptance()).isEqualTo(Handling.Acceptance.newBuilder()
                .setNextSteps("A technician will call you within 2 hours.")
                .setAcceptedBy("agent-7")
                .setAcceptTime(Requests.timestamp(Requests.NOW))
                .build());
        assertThat(life.read(registered)).isEqualTo(accepted);
    }

    @Test
    void a_declined_complaint_shows_the_reason_and_the_guidance() {
        Complaint declined = life.supervisor.declineComplaint(StepCalls.decline(life.registered(), "r-1").build())
                .getComplaint();

        assertThat(declined.getState()).isEqualTo(Complaint.State.STATE_DECLINED);
        assertThat(declined.getHandling().getDecline().getReason()).isEqualTo(DeclineReason.DECLINE_REASON_OTHER_BODYS_DUTY);
        assertThat(declined.getHandling().getDecline().getGuidance()).startsWith("Street lighting");
        assertThat(declined.getHandling().getDecline().getDeclinedBy()).isEqualTo("supervisor-1");
        assertThat(declined.getHandling().hasAcceptance()).isFalse();
    }

    @Test
    void reclassifying_keeps_the_state_and_changes_the_classification() {
        Complaint accepted = life.accepted();

        Complaint reclassified = life.agent.reclassifyComplaint(StepCalls.reclassify(accepted, "r-1").build())
                .getComplaint();

        assertThat(reclassified.getState()).isEqualTo(Complaint.State.STATE_ACCEPTED);
        assertThat(reclassified.getUtilityDomain()).isEqualTo(UtilityDomain.UTILITY_DOMAIN_HEATING);
        assertThat(reclassified.getNature()).isEqualTo(Nature.NATURE_BILLING);
        assertThat(reclassified.getTopic()).isEqualTo("heating fee for cold days");
    }

    @Test
    void a_reclassification_that_changes_nothing_is_a_bad_request_on_utility_domain() {
        Complaint accepted = life.accepted();
        var unchanged = StepCalls.reclassify(accepted, "r-1")
                .setNature(accepted.getNature()).setTopic(accepted.getTopic()).build();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.agent.reclassifyComplaint(unchanged));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("utility_domain NOTHING_CHANGED");
    }

    @Test
    void a_higher_severity_raises_the_priority_and_keeps_the_reason() {
        Complaint changed = life.supervisor.changeComplaintSeverity(StepCalls.changeSeverity(life.accepted(), "r-1").build())
                .getComplaint();

        assertThat(changed.getState()).isEqualTo(Complaint.State.STATE_ACCEPTED);
        assertThat(changed.getProposedSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_3);
        assertThat(changed.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_2);
        assertThat(changed.getSeverityOverrideReason()).isEqualTo("the whole building is cold");
        assertThat(changed.getPriority()).isEqualTo(Priority.PRIORITY_HIGH);
    }

    @Test
    void a_dispatch_names_the_lead_and_co_handling_departments_and_the_handler() {
        Complaint dispatched = life.supervisor.dispatchComplaint(StepCalls.dispatch(life.accepted(), "r-1").build())
                .getComplaint();

        assertThat(dispatched.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(dispatched.getHandling().getDispatch()).isEqualTo(Handling.Dispatch.newBuilder()
                .setLeadDepartment("HEAT-MAINT")
                .addCoHandlingDepartments("GRID-OPS")
                .setHandler("handler-3")
                .setDispatchedBy("supervisor-1")
                .setDispatchTime(Requests.timestamp(Requests.NOW))
                .build());
    }

    @Test
    void the_lead_department_returns_a_dispatch_and_the_complaint_awaits_dispatch_again() {
        Complaint returned = life.handler.returnComplaint(StepCalls.returnComplaint(life.dispatched(), "r-1").build())
                .getComplaint();

        assertThat(returned.getState()).isEqualTo(Complaint.State.STATE_ACCEPTED);
        assertThat(returned.getHandling().hasDispatch()).isFalse();
    }

    @Test
    void a_co_handling_department_may_not_return_the_dispatch() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                life.coHandler.returnComplaint(StepCalls.returnComplaint(dispatched, "r-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("NOT_LEAD_DEPARTMENT");
        assertThat(info.getMetadataMap()).containsEntry("role", "HANDLER");
    }

    @Test
    void a_redispatch_moves_the_complaint_and_keeps_its_state() {
        Complaint moved = life.supervisor.redispatchComplaint(StepCalls.redispatch(life.investigating(), "r-1").build())
                .getComplaint();

        assertThat(moved.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(moved.getHandling().getDispatch().getLeadDepartment()).isEqualTo("HEAT-NETWORK");
        assertThat(moved.getHandling().getDispatch().getCoHandlingDepartmentsList()).isEmpty();
        assertThat(moved.getHandling().getInvestigationRecordCount()).isEqualTo(1);
    }

    @Test
    void a_redispatch_to_the_same_assignment_is_a_bad_request_on_lead_department() {
        Complaint dispatched = life.dispatched();
        var same = StepCalls.redispatch(dispatched, "r-1").setLeadDepartment(StepCalls.LEAD_DEPARTMENT)
                .addCoHandlingDepartments(StepCalls.CO_HANDLING_DEPARTMENT).setHandler(StepCalls.HANDLER_ID).build();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.supervisor.redispatchComplaint(same));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("lead_department SAME_ASSIGNMENT");
    }

    @Test
    void co_handling_departments_that_repeat_one_and_name_the_lead_are_refused_naming_both_rules_at_once() {
        Complaint accepted = life.accepted();
        var request = StepCalls.dispatch(accepted, "r-1")
                .clearCoHandlingDepartments()
                .addCoHandlingDepartments("GRID-OPS")
                .addCoHandlingDepartments("GRID-OPS")
                .addCoHandlingDepartments(StepCalls.LEAD_DEPARTMENT)
                .build();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.supervisor.dispatchComplaint(request));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "co_handling_departments LEAD_DEPARTMENT_ALSO_CO_HANDLING",
                "co_handling_departments DUPLICATE_CO_HANDLING_DEPARTMENT");
        assertThat(life.read(accepted)).isEqualTo(accepted);
    }
}
