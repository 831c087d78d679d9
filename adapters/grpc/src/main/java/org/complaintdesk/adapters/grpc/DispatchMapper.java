package org.complaintdesk.adapters.grpc;

import java.util.List;
import org.complaintdesk.api.v1.DispatchComplaintRequest;
import org.complaintdesk.api.v1.RedispatchComplaintRequest;
import org.complaintdesk.api.v1.ReturnComplaintRequest;
import org.complaintdesk.application.handling.DispatchComplaint;
import org.complaintdesk.application.handling.RedispatchComplaint;
import org.complaintdesk.application.handling.ReturnComplaint;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.Violations;

/** Dispatch, return and redispatch requests as commands, every field checked at once. */
final class DispatchMapper {
    static final String LEAD_DEPARTMENT = "lead_department";
    static final String CO_HANDLING_DEPARTMENTS = "co_handling_departments";
    static final String HANDLER = "handler";

    private DispatchMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static DispatchComplaint.Command dispatch(DispatchComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        Assignment assignment = assignment(request.getLeadDepartment(), request.getCoHandlingDepartmentsList(),
                request.getHandler(), violations);
        violations.throwIfAny();
        return new DispatchComplaint.Command(context.on(target, DispatchComplaint.OPERATION, request), assignment);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ReturnComplaint.Command returnComplaint(ReturnComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var reason = StepRequests.briefReason("reason", request.getReason(), violations);
        violations.throwIfAny();
        return new ReturnComplaint.Command(context.on(target, ReturnComplaint.OPERATION, request), reason);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static RedispatchComplaint.Command redispatch(RedispatchComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        Assignment assignment = assignment(request.getLeadDepartment(), request.getCoHandlingDepartmentsList(),
                request.getHandler(), violations);
        var reason = StepRequests.briefReason("reason", request.getReason(), violations);
        violations.throwIfAny();
        return new RedispatchComplaint.Command(context.on(target, RedispatchComplaint.OPERATION, request),
                assignment, reason);
    }

    private static Assignment assignment(String leadDepartment, List<String> coHandlingDepartments, String handler,
                                         Violations violations) {
        OrgUnitId lead = violations.check(LEAD_DEPARTMENT, () -> new OrgUnitId(leadDepartment));
        List<OrgUnitId> coHandling = StepRequests.entriesAsGiven(CO_HANDLING_DEPARTMENTS, coHandlingDepartments,
                Assignment.MAX_CO_HANDLING, OrgUnitId::new, violations);
        UserId responsible = violations.check(HANDLER, () -> new UserId(handler));
        // The rules across the departments (lead not co-handling, none twice) are judged on the
        // departments that were read, even with too many or a bad one and without a valid handler,
        // so that every one broken is reported with the rest.
        List<FieldViolation> departments = Assignment.departmentViolations(lead, coHandling);
        departments.forEach(v -> violations.add(CO_HANDLING_DEPARTMENTS, v.rule(), v.message()));
        if (lead == null || responsible == null || coHandling.contains(null)
                || coHandling.size() > Assignment.MAX_CO_HANDLING || !departments.isEmpty()) {
            return null;
        }
        return new Assignment(lead, coHandling, responsible);
    }
}
