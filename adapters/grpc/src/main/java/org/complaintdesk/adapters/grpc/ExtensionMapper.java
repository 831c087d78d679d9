package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.ApproveClockExtensionRequest;
import org.complaintdesk.api.v1.RejectClockExtensionRequest;
import org.complaintdesk.api.v1.RequestClockExtensionRequest;
import org.complaintdesk.application.handling.ApproveExtension;
import org.complaintdesk.application.handling.RejectExtension;
import org.complaintdesk.application.handling.RequestExtension;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * The requests that ask for, grant or refuse an extension of a clock (延期) as commands, every
 * field checked at once. The use cases' refusals need no mapping: they already name the request's
 * fields, or the complaint's state.
 */
final class ExtensionMapper {
    static final String CLOCK = "clock";
    /** The domain refuses these against the clock and the time under the same names. */
    static final String NEW_DUE_TIME = ExtensionRequest.NEW_DUE_TIME;
    static final String COMPLAINANT_TOLD_TIME = ExtensionRequest.COMPLAINANT_TOLD_TIME;

    private ExtensionMapper() {
    }

    /** @throws InvalidValueException listing every broken rule */
    static RequestExtension.Command request(RequestClockExtensionRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var clock = ProtoEnums.CLOCK_KIND.required(request.getClock(), CLOCK, violations);
        var newDue = StepRequests.time(NEW_DUE_TIME, request.hasNewDueTime(), request.getNewDueTime(), violations);
        var reason = StepRequests.briefReason("reason", request.getReason(), violations);
        var opinion = StepRequests.statement("preliminary_opinion", request.getPreliminaryOpinion(), violations);
        var told = StepRequests.time(COMPLAINANT_TOLD_TIME, request.hasComplainantToldTime(),
                request.getComplainantToldTime(), violations);
        violations.throwIfAny();
        return new RequestExtension.Command(context.on(target, RequestExtension.OPERATION, request), clock, newDue,
                reason, opinion, told);
    }

    /** @throws InvalidValueException listing every broken rule */
    static ApproveExtension.Command approve(ApproveClockExtensionRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var note = StepRequests.optionalStatement("note", request.getNote(), violations);
        violations.throwIfAny();
        return new ApproveExtension.Command(context.on(target, ApproveExtension.OPERATION, request), note);
    }

    /** @throws InvalidValueException listing every broken rule */
    static RejectExtension.Command reject(RejectClockExtensionRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var reason = StepRequests.reason("reason", request.getReason(), violations);
        violations.throwIfAny();
        return new RejectExtension.Command(context.on(target, RejectExtension.OPERATION, request), reason);
    }
}
