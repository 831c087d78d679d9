package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.ResumeComplaintHandlingRequest;
import org.complaintdesk.api.v1.UrgeComplaintRequest;
import org.complaintdesk.api.v1.WaitOnComplainantRequest;
import org.complaintdesk.application.handling.ResumeHandling;
import org.complaintdesk.application.handling.UrgeComplaint;
import org.complaintdesk.application.handling.WaitOnComplainant;
import org.complaintdesk.domain.validation.Violations;

/**
 * The requests that wait on the complainant, resume the handling or urge it on, as commands,
 * every field checked at once.
 */
final class WaitingAndUrgingMapper {

    private WaitingAndUrgingMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static WaitOnComplainant.Command waitOnComplainant(WaitOnComplainantRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var reason = ProtoEnums.PAUSE_REASON.required(request.getReason(), "reason", violations);
        var note = StepRequests.statement("note", request.getNote(), violations);
        violations.throwIfAny();
        return new WaitOnComplainant.Command(context.on(target, WaitOnComplainant.OPERATION, request), reason, note);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ResumeHandling.Command resumeHandling(ResumeComplaintHandlingRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var note = StepRequests.statement("note", request.getNote(), violations);
        violations.throwIfAny();
        return new ResumeHandling.Command(context.on(target, ResumeHandling.OPERATION, request), note);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static UrgeComplaint.Command urge(UrgeComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var note = StepRequests.statement("note", request.getNote(), violations);
        violations.throwIfAny();
        return new UrgeComplaint.Command(context.on(target, UrgeComplaint.OPERATION, request), note);
    }
}
