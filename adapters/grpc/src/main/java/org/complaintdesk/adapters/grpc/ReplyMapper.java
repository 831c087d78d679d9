package org.complaintdesk.adapters.grpc;

import java.util.Optional;
import org.complaintdesk.api.v1.RecordComplaintCallbackRequest;
import org.complaintdesk.api.v1.ReplyToComplaintRequest;
import org.complaintdesk.api.v1.Satisfaction;
import org.complaintdesk.application.handling.RecordCallback;
import org.complaintdesk.application.handling.ReplyToComplaint;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** The reply to the complainant and the callback after it as commands, every field checked at once. */
final class ReplyMapper {
    static final String SATISFACTION = "satisfaction";
    static final String UNREACHABLE_WITH_SATISFACTION = "UNREACHABLE_WITH_SATISFACTION";
    static final String OUT_OF_RANGE = "OUT_OF_RANGE";

    // Callback's own range of attempts; checked here too, so that it is reported with the other fields.
    private static final int MAX_ATTEMPTS = 99;

    private ReplyMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ReplyToComplaint.Command reply(ReplyToComplaintRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var channel = ProtoEnums.CONTACT_METHOD.required(request.getChannel(), "channel", violations);
        var content = StepRequests.statement("content", request.getContent(), violations);
        violations.throwIfAny();
        return new ReplyToComplaint.Command(context.on(target, ReplyToComplaint.OPERATION, request), channel, content);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static RecordCallback.Command recordCallback(RecordComplaintCallbackRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var method = ProtoEnums.CALLBACK_METHOD.required(request.getMethod(), "method", violations);
        var satisfaction = satisfaction(request, violations);
        // The contract reads an unset count as one attempt, the usual case of a complainant reached at once.
        int attempts = request.getAttempts() == 0 ? 1 : request.getAttempts();
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            violations.add(Callback.ATTEMPTS_FIELD, OUT_OF_RANGE, "must be between 1 and " + MAX_ATTEMPTS);
        }
        var comment = StepRequests.optionalStatement("comment", request.getComment(), violations);
        violations.throwIfAny();
        return new RecordCallback.Command(context.on(target, RecordCallback.OPERATION, request),
                method, satisfaction, attempts, comment);
    }

    /** The verdict, or none for an unreachable complainant; the two fields must agree. */
    private static Optional<org.complaintdesk.domain.handling.Satisfaction> satisfaction(
            RecordComplaintCallbackRequest request, Violations violations) {
        boolean given = request.getSatisfaction() != Satisfaction.SATISFACTION_UNSPECIFIED;
        if (request.getUnreachable()) {
            if (given) {
                violations.add(SATISFACTION, UNREACHABLE_WITH_SATISFACTION,
                        "must be unset when the complainant was unreachable");
            }
            return Optional.empty();
        }
        if (!given) {
            violations.add(SATISFACTION, Text.REQUIRED, "must be set unless the complainant was unreachable");
            return Optional.empty();
        }
        return ProtoEnums.SATISFACTION.optional(request.getSatisfaction(), SATISFACTION, violations);
    }
}
