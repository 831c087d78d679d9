package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import com.google.type.Money;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import org.complaintdesk.api.v1.ApprovalStatus;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ContactMethod;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.api.v1.Remedy;
import org.complaintdesk.api.v1.RemedyKind;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.Severity;
import org.junit.jupiter.api.Test;

/** Contacts, investigation, finding and the resolution with its approval through the real gRPC stack. */
class InvestigationAndResolutionGrpcTest extends InProcessDeskTest {
    @Test
    void a_contact_becomes_the_latest_contact_and_keeps_the_state() {
        Complaint contacted = life.handler.recordComplaintContact(StepCalls.recordContact(life.dispatched(), "r-1").build())
                .getComplaint();

        assertThat(contacted.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(contacted.getHandling().getLatestContact()).isEqualTo(Handling.Contact.newBuilder()
                .setContactTime(Requests.timestamp(Requests.NOW.minus(Duration.ofMinutes(30))))
                .setMethod(ContactMethod.CONTACT_METHOD_PHONE)
                .setSummary("Radiators cold on the 3rd floor only.")
                .setPromise("Technician on site by 18:00.")
                .setRecordedBy("handler-3")
                .build());
    }

    @Test
    void a_contact_in_the_future_is_a_bad_request_on_contact_time() {
        var future = StepCalls.recordContact(life.accepted(), "r-1")
                .setContactTime(Requests.timestamp(Requests.NOW.plus(Duration.ofHours(1)))).build();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.agent.recordComplaintContact(future));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly("contact_time IN_FUTURE");
    }

    @Test
    void the_first_investigation_record_starts_the_investigation() {
        Complaint investigating = life.handler.recordComplaintInvestigation(
                StepCalls.recordInvestigation(life.dispatched(), "r-1").build()).getComplaint();

        assertThat(investigating.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(investigating.getHandling().getInvestigationRecordCount()).isEqualTo(1);
    }

    @Test
    void a_handler_of_another_department_may_not_investigate() {
        Complaint dispatched = life.dispatched();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.outsider.recordComplaintInvestigation(
                StepCalls.recordInvestigation(dispatched, "r-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason())
                .isEqualTo("NOT_HANDLING_DEPARTMENT");
    }

    @Test
    void a_finding_names_the_responsibility() {
        Complaint found = life.coHandler.recordComplaintFinding(StepCalls.recordFinding(life.investigating(), "r-1").build())
                .getComplaint();

        assertThat(found.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(found.getHandling().getFinding().getResponsibility()).isEqualTo(Responsibility.RESPONSIBILITY_COMPANY);
        assertThat(found.getHandling().getFinding().getFoundBy()).isEqualTo("handler-5");
    }

    @Test
    void a_resolution_without_remedy_stands_at_once() {
        Complaint resolved = life.handler.proposeComplaintResolution(
                StepCalls.proposeResolution(life.found(), "r-1").build()).getComplaint();

        assertThat(resolved.getState()).isEqualTo(Complaint.State.STATE_RESOLVED);
        assertThat(resolved.getHandling().getResolution().getApprovalStatus())
                .isEqualTo(ApprovalStatus.APPROVAL_STATUS_NOT_REQUIRED);
        assertThat(resolved.getHandling().getResolution().hasRemedy()).isFalse();
    }

    @Test
    void a_resolution_with_a_remedy_awaits_approval_with_the_amount_in_yuan() {
        Complaint proposed = life.awaitingApproval();

        assertThat(proposed.getState()).isEqualTo(Complaint.State.STATE_RESOLUTION_PROPOSED);
        Handling.Resolution resolution = proposed.getHandling().getResolution();
        assertThat(resolution.getApprovalStatus()).isEqualTo(ApprovalStatus.APPROVAL_STATUS_PENDING);
        assertThat(resolution.getRemedy()).isEqualTo(Remedy.newBuilder()
                .setKind(RemedyKind.REMEDY_KIND_FEE_REDUCTION)
                .setAmount(Money.newBuilder().setCurrencyCode("CNY").setUnits(35).setNanos(500_000_000))
                .build());
        assertThat(resolution.getProposedBy()).isEqualTo("handler-3");
    }

    @Test
    void a_supervisor_approves_and_the_resolution_stands() {
        Complaint approved = life.supervisor.approveComplaintResolution(
                StepCalls.approveResolution(life.awaitingApproval(), "r-1").build()).getComplaint();

        assertThat(approved.getState()).isEqualTo(Complaint.State.STATE_RESOLVED);
        Handling.Resolution resolution = approved.getHandling().getResolution();
        assertThat(resolution.getApprovalStatus()).isEqualTo(ApprovalStatus.APPROVAL_STATUS_APPROVED);
        assertThat(resolution.getDecidedBy()).isEqualTo("supervisor-1");
        assertThat(resolution.getDecideTime()).isEqualTo(Requests.timestamp(Requests.NOW));
        assertThat(resolution.getDecisionNote()).isEqualTo("Approved; pay within 10 days.");
    }

    @Test
    void a_resolution_sent_back_returns_to_the_investigation_with_the_reason() {
        Complaint sentBack = life.director.sendBackComplaintResolution(
                StepCalls.sendBackResolution(life.awaitingApproval(), "r-1").build()).getComplaint();

        assertThat(sentBack.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(sentBack.getHandling().getResolution().getApprovalStatus())
                .isEqualTo(ApprovalStatus.APPROVAL_STATUS_SENT_BACK);
        assertThat(sentBack.getHandling().getResolution().getDecisionNote())
                .isEqualTo("Establish how many days were without heat.");
    }

    @Test
    void a_level_1_resolution_is_decided_by_the_director_only() {
        Complaint found = life.found();
        found = life.supervisor.changeComplaintSeverity(StepCalls.changeSeverity(found, "r-severity")
                .setSeverity(Severity.SEVERITY_LEVEL_1).build()).getComplaint();
        Complaint proposed = life.handler.proposeComplaintResolution(StepCalls.proposeResolution(found, "r-propose").build())
                .getComplaint();
        assertThat(proposed.getState()).isEqualTo(Complaint.State.STATE_RESOLUTION_PROPOSED);

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.supervisor.approveComplaintResolution(
                StepCalls.approveResolution(proposed, "r-approve").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(info.getMetadataMap()).containsEntry("role", "SUPERVISOR").containsEntry("permitted_roles", "DIRECTOR");
        assertThat(life.director.approveComplaintResolution(StepCalls.approveResolution(proposed, "r-approve-2").build())
                .getComplaint().getState()).isEqualTo(Complaint.State.STATE_RESOLVED);
    }

    @Test
    void the_proposer_may_not_decide_on_their_own_resolution() {
        Complaint found = life.found();
        Complaint proposed = life.supervisor.proposeComplaintResolution(StepCalls.proposeResolution(found, "r-1")
                .setRemedy(Remedy.newBuilder().setKind(RemedyKind.REMEDY_KIND_COMPENSATION)
                        .setAmount(Money.newBuilder().setCurrencyCode("CNY").setUnits(200)))
                .build()).getComplaint();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.supervisor.approveComplaintResolution(
                StepCalls.approveResolution(proposed, "r-2").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason())
                .isEqualTo("APPROVER_IS_PROPOSER");
    }

    @Test
    void a_remedy_above_the_maximum_and_not_in_whole_fen_is_refused_naming_both_rules_at_once() {
        Complaint found = life.found();
        var request = StepCalls.proposeResolution(found, "r-1")
                .setRemedy(Remedy.newBuilder().setKind(RemedyKind.REMEDY_KIND_COMPENSATION)
                        .setAmount(Money.newBuilder().setCurrencyCode("CNY").setUnits(20_000_000).setNanos(5_000_000)))
                .build();

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.handler.proposeComplaintResolution(request));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactlyInAnyOrder("remedy.amount TOO_LARGE", "remedy.amount WHOLE_FEN");
        assertThat(life.read(found).getEtag()).isEqualTo(found.getEtag());
    }
}
