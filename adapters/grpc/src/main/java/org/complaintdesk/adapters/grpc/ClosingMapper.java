package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.ArchiveComplaintRequest;
import org.complaintdesk.api.v1.CloseComplaintRequest;
import org.complaintdesk.api.v1.WithdrawComplaintRequest;
import org.complaintdesk.application.handling.ArchiveComplaint;
import org.complaintdesk.application.handling.CloseComplaint;
import org.complaintdesk.application.handling.WithdrawComplaint;
import org.complaintdesk.domain.validation.Violations;

/** The requests that end a complaint (withdraw, close, archive) as commands, every field checked at once. */
final class ClosingMapper {

    private ClosingMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static WithdrawComplaint.Command withdraw(WithdrawComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var reason = StepRequests.reason("reason", request.getReason(), violations);
        violations.throwIfAny();
        return new WithdrawComplaint.Command(context.on(target, WithdrawComplaint.OPERATION, request), reason);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static CloseComplaint.Command close(CloseComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var note = StepRequests.optionalStatement("note", request.getNote(), violations);
        violations.throwIfAny();
        return new CloseComplaint.Command(context.on(target, CloseComplaint.OPERATION, request), note);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ArchiveComplaint.Command archive(ArchiveComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        violations.throwIfAny();
        return new ArchiveComplaint.Command(context.on(target, ArchiveComplaint.OPERATION, request));
    }
}
