package org.complaintdesk.adapters.grpc;

import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.api.v1.AcceptComplaintRequest;
import org.complaintdesk.api.v1.ApproveClockExtensionRequest;
import org.complaintdesk.api.v1.ApproveComplaintResolutionRequest;
import org.complaintdesk.api.v1.ArchiveComplaintRequest;
import org.complaintdesk.api.v1.CallbackMethod;
import org.complaintdesk.api.v1.ChangeComplaintSeverityRequest;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.CloseComplaintRequest;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ConcludeComplaintReviewRequest;
import org.complaintdesk.api.v1.ContactMethod;
import org.complaintdesk.api.v1.DeclineComplaintRequest;
import org.complaintdesk.api.v1.DeclineReason;
import org.complaintdesk.api.v1.DispatchComplaintRequest;
import org.complaintdesk.api.v1.InvestigationMethod;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.ProposeComplaintResolutionRequest;
import org.complaintdesk.api.v1.ReclassifyComplaintRequest;
import org.complaintdesk.api.v1.RecordComplaintCallbackRequest;
import org.complaintdesk.api.v1.RecordComplaintContactRequest;
import org.complaintdesk.api.v1.RecordComplaintFindingRequest;
import org.complaintdesk.api.v1.RecordComplaintInvestigationRequest;
import org.complaintdesk.api.v1.RedispatchComplaintRequest;
import org.complaintdesk.api.v1.RejectClockExtensionRequest;
import org.complaintdesk.api.v1.ReplyToComplaintRequest;
import org.complaintdesk.api.v1.RequestClockExtensionRequest;
import org.complaintdesk.api.v1.RequestComplaintReviewRequest;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.ResumeComplaintHandlingRequest;
import org.complaintdesk.api.v1.ReturnComplaintRequest;
import org.complaintdesk.api.v1.ReviewOutcome;
import org.complaintdesk.api.v1.Satisfaction;
import org.complaintdesk.api.v1.SendBackComplaintResolutionRequest;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UrgeComplaintRequest;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.api.v1.WaitOnComplainantRequest;
import org.complaintdesk.api.v1.WithdrawComplaintRequest;

/**
 * Lifecycle requests as the platforms send them, each with every required field and a request
 * id of its own, for a complaint as last read (its name and etag).
 */
final class StepCalls {
    static final String LEAD_DEPARTMENT = "HEAT-MAINT";
    static final String CO_HANDLING_DEPARTMENT = "GRID-OPS";
    static final String HANDLER_ID = "handler-3";

    private StepCalls() {
    }

    static AcceptComplaintRequest.Builder accept(Complaint on, String requestId) {
        return AcceptComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setNextSteps("A technician will call you within 2 hours.");
    }

    static DeclineComplaintRequest.Builder decline(Complaint on, String requestId) {
        return DeclineComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setReason(DeclineReason.DECLINE_REASON_OTHER_BODYS_DUTY)
                .setGuidance("Street lighting is run by the city; please call 12345.");
    }

    static ReclassifyComplaintRequest.Builder reclassify(Complaint on, String requestId) {
        return ReclassifyComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_HEATING).setNature(Nature.NATURE_BILLING)
                .setTopic("heating fee for cold days").setReason("the complainant disputes the bill, not the heat");
    }

    static ChangeComplaintSeverityRequest.Builder changeSeverity(Complaint on, String requestId) {
        return ChangeComplaintSeverityRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setSeverity(Severity.SEVERITY_LEVEL_2).setReason("the whole building is cold");
    }

    static DispatchComplaintRequest.Builder dispatch(Complaint on, String requestId) {
        return DispatchComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setLeadDepartment(LEAD_DEPARTMENT).addCoHandlingDepartments(CO_HANDLING_DEPARTMENT).setHandler(HANDLER_ID);
    }

    static ReturnComplaintRequest.Builder returnComplaint(Complaint on, String requestId) {
        return ReturnComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setReason("the substation belongs to the grid company");
    }

    static RedispatchComplaintRequest.Builder redispatch(Complaint on, String requestId) {
        return RedispatchComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setLeadDepartment("HEAT-NETWORK").setHandler("handler-8").setReason("the fault is in the network");
    }

    static RecordComplaintContactRequest.Builder recordContact(Complaint on, String requestId) {
        return RecordComplaintContactRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setContactTime(Requests.timestamp(Requests.NOW.minus(Duration.ofMinutes(30))))
                .setMethod(ContactMethod.CONTACT_METHOD_PHONE)
                .setSummary("Radiators cold on the 3rd floor only.").setPromise("Technician on site by 18:00.");
    }

    static RecordComplaintInvestigationRequest.Builder recordInvestigation(Complaint on, String requestId) {
        return RecordComplaintInvestigationRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId)
                .setMethod(InvestigationMethod.INVESTIGATION_METHOD_SITE_INSPECTION)
                .setConductTime(Requests.timestamp(Requests.NOW.minus(Duration.ofMinutes(10))))
                .setPlace("Room 201").addParticipants("handler Wang").addParticipants("the complainant")
                .setFindings("An air lock in the riser; supply temperature normal.").addEvidence("photo-2026-0042");
    }

    static RecordComplaintFindingRequest.Builder recordFinding(Complaint on, String requestId) {
        return RecordComplaintFindingRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setResponsibility(Responsibility.RESPONSIBILITY_COMPANY)
                .setGrounds("The riser was not bled after the summer repair.");
    }

    static ProposeComplaintResolutionRequest.Builder proposeResolution(Complaint on, String requestId) {
        return ProposeComplaintResolutionRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setMeasures("Bleed the riser and check the building's other flats.");
    }

    static ApproveComplaintResolutionRequest.Builder approveResolution(Complaint on, String requestId) {
        return ApproveComplaintResolutionRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setNote("Approved; pay within 10 days.");
    }

    static SendBackComplaintResolutionRequest.Builder sendBackResolution(Complaint on, String requestId) {
        return SendBackComplaintResolutionRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setReason("Establish how many days were without heat.");
    }

    static ReplyToComplaintRequest.Builder reply(Complaint on, String requestId) {
        return ReplyToComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setChannel(ContactMethod.CONTACT_METHOD_PHONE)
                .setContent("尊敬的张先生：the riser was bled on 23 November; heating is restored.");
    }

    static RecordComplaintCallbackRequest.Builder recordCallback(Complaint on, String requestId) {
        return RecordComplaintCallbackRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setMethod(CallbackMethod.CALLBACK_METHOD_PHONE)
                .setSatisfaction(Satisfaction.SATISFACTION_SATISFIED).setComment("Warm again, thanks.");
    }

    static RequestComplaintReviewRequest.Builder requestReview(Complaint on, String requestId) {
        return RequestComplaintReviewRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setGrounds("The bill still charges the cold days.");
    }

    static ConcludeComplaintReviewRequest.Builder concludeReview(Complaint on, String requestId) {
        return ConcludeComplaintReviewRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setOutcome(ReviewOutcome.REVIEW_OUTCOME_UPHELD)
                .setConclusion("The cold days were already credited on the December bill.");
    }

    static WaitOnComplainantRequest.Builder waitOnComplainant(Complaint on, String requestId) {
        return WaitOnComplainantRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setReason(Clock.PauseReason.PAUSE_REASON_MATERIALS_REQUESTED)
                .setNote("Asked for photos of the radiator valves by WeChat.");
    }

    static ResumeComplaintHandlingRequest.Builder resumeHandling(Complaint on, String requestId) {
        return ResumeComplaintHandlingRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setNote("The photos arrived.");
    }

    static UrgeComplaintRequest.Builder urge(Complaint on, String requestId) {
        return UrgeComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setNote("The complainant called again; answer today.");
    }

    /** An extension of the reply clock to {@code newDue}, the complainant told at {@code toldAt}. */
    static RequestClockExtensionRequest.Builder requestExtension(Complaint on, String requestId, Instant newDue,
                                                                 Instant toldAt) {
        return RequestClockExtensionRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setClock(Clock.Kind.KIND_REPLY).setNewDueTime(Requests.timestamp(newDue))
                .setReason("The meter is at the test laboratory until Friday.")
                .setPreliminaryOpinion("The supply was normal; the meter is suspected and being tested.")
                .setComplainantToldTime(Requests.timestamp(toldAt));
    }

    static ApproveClockExtensionRequest.Builder approveExtension(Complaint on, String requestId) {
        return ApproveClockExtensionRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setNote("Granted; reply as soon as the result is in.");
    }

    static RejectClockExtensionRequest.Builder rejectExtension(Complaint on, String requestId) {
        return RejectClockExtensionRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag())
                .setRequestId(requestId).setReason("Reply now with the supply data; the meter result can follow.");
    }

    static WithdrawComplaintRequest.Builder withdraw(Complaint on, String requestId) {
        return WithdrawComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setReason("The neighbour fixed it.");
    }

    static CloseComplaintRequest.Builder close(Complaint on, String requestId) {
        return CloseComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId)
                .setNote("Handled; complainant satisfied.");
    }

    static ArchiveComplaintRequest.Builder archive(Complaint on, String requestId) {
        return ArchiveComplaintRequest.newBuilder().setName(on.getName()).setEtag(on.getEtag()).setRequestId(requestId);
    }
}
