package org.complaintdesk.adapters.grpc;

import java.util.Map;
import org.complaintdesk.api.v1.ApproveClockExtensionRequest;
import org.complaintdesk.api.v1.RejectClockExtensionRequest;
import org.complaintdesk.api.v1.RequestClockExtensionRequest;
import org.complaintdesk.application.handling.ApproveExtension;
import org.complaintdesk.application.handling.RejectExtension;
import org.complaintdesk.application.handling.RequestExtension;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.IllegalTransitionException;
import org.complaintdesk.domain.complaint.Step;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * The requests that ask for, grant or refuse an extension of a clock (延期) as commands, every
 * field checked at once, and the use cases' refusals in the contract's terms.
 */
final class ExtensionMapper {
    static final String CLOCK = "clock";
    static final String NEW_DUE_TIME = "new_due_time";
    static final String COMPLAINANT_TOLD_TIME = "complainant_told_time";

    /** The domain's names of the fields it checks against the clock and the time, and their names in the request. */
    private static final Map<String, String> REQUEST_FIELDS = Map.of(
            "new_due", NEW_DUE_TIME,
            "complainant_told_at", COMPLAINANT_TOLD_TIME,
            CLOCK, CLOCK);

    private ExtensionMapper() {
    }

    /** @throws InvalidValueException listing every broken rule */
    static RequestExtension.Command request(RequestClockExtensionRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var clock = ProtoEnums.CLOCK_KIND.required(request.getClock(), CLOCK, violations);
        var newDue = StepRequests.time(NEW_DUE_TIME, request.hasNewDueTime(), request.getNewDueTime(), violations);
        var reason = StepRequests.reason("reason", request.getReason(), violations);
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
        var reason = StepRequests.statement("reason", request.getReason(), violations);
        violations.throwIfAny();
        return new RejectExtension.Command(context.on(target, RejectExtension.OPERATION, request), reason);
    }

    /**
     * A refusal of the request's values by the complaint or its clock ({@code new_due} in the
     * past or not later than the clock's due, {@code complainant_told_at} in the future), with each
     * field under its name in the request.
     */
    static InvalidValueException onRequestFields(InvalidValueException refused) {
        return new InvalidValueException(refused.violations().stream()
                .map(v -> new FieldViolation(REQUEST_FIELDS.getOrDefault(v.field(), v.field()), v.rule(), v.message()))
                .toList());
    }

    /**
     * A refusal of the approval that the use case words as a bad value: the extension asked for
     * is no longer later than its clock's due (a wait on the complainant moved the due on since the
     * request). The approval request carries no such value, so the contract answers it as a
     * refusal of the complaint as it stands (FAILED_PRECONDITION with its rule and state).
     */
    static IllegalTransitionException asPrecondition(InvalidValueException refused, ComplaintState state) {
        FieldViolation first = refused.violations().getFirst();
        return new IllegalTransitionException(first.rule(), Step.APPROVE_EXTENSION, state,
                "the extension asked for cannot be granted: " + first.message());
    }
}
