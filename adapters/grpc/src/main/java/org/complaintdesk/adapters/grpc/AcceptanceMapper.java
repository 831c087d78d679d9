package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.AcceptComplaintRequest;
import org.complaintdesk.api.v1.DeclineComplaintRequest;
import org.complaintdesk.application.handling.AcceptComplaint;
import org.complaintdesk.application.handling.DeclineComplaint;
import org.complaintdesk.domain.validation.Violations;

/** The acceptance review's requests (accept, decline) as commands, every field checked at once. */
final class AcceptanceMapper {

    private AcceptanceMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static AcceptComplaint.Command accept(AcceptComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var nextSteps = StepRequests.statement("next_steps", request.getNextSteps(), violations);
        violations.throwIfAny();
        return new AcceptComplaint.Command(context.on(target, AcceptComplaint.OPERATION, request), nextSteps);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static DeclineComplaint.Command decline(DeclineComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var reason = ProtoEnums.DECLINE_REASON.required(request.getReason(), "reason", violations);
        var guidance = StepRequests.statement("guidance", request.getGuidance(), violations);
        violations.throwIfAny();
        return new DeclineComplaint.Command(context.on(target, DeclineComplaint.OPERATION, request), reason, guidance);
    }
}
