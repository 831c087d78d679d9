package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.ChangeComplaintSeverityRequest;
import org.complaintdesk.api.v1.ReclassifyComplaintRequest;
import org.complaintdesk.application.handling.ChangeSeverity;
import org.complaintdesk.application.handling.ReclassifyComplaint;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.validation.Violations;

/** Corrections of an open complaint's classification and severity as commands, every field checked at once. */
final class ClassificationMapper {

    private ClassificationMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ReclassifyComplaint.Command reclassify(ReclassifyComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var utilityDomain = ProtoEnums.UTILITY_DOMAIN.required(request.getUtilityDomain(), "utility_domain", violations);
        var nature = ProtoEnums.NATURE.required(request.getNature(), "nature", violations);
        Topic topic = violations.check("topic", () -> new Topic(request.getTopic()));
        var reason = StepRequests.briefReason("reason", request.getReason(), violations);
        violations.throwIfAny();
        return new ReclassifyComplaint.Command(context.on(target, ReclassifyComplaint.OPERATION, request),
                utilityDomain, nature, topic, reason);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ChangeSeverity.Command changeSeverity(ChangeComplaintSeverityRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var severity = ProtoEnums.SEVERITY.required(request.getSeverity(), "severity", violations);
        var reason = StepRequests.briefReason("reason", request.getReason(), violations);
        violations.throwIfAny();
        return new ChangeSeverity.Command(context.on(target, ChangeSeverity.OPERATION, request), severity, reason);
    }
}
