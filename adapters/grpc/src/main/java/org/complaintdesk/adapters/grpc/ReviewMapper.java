package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.ConcludeComplaintReviewRequest;
import org.complaintdesk.api.v1.RequestComplaintReviewRequest;
import org.complaintdesk.application.handling.ConcludeReview;
import org.complaintdesk.application.handling.RequestReview;
import org.complaintdesk.domain.validation.Violations;

/** The review's requests (ask for one, conclude it) as commands, every field checked at once. */
final class ReviewMapper {

    private ReviewMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static RequestReview.Command requestReview(RequestComplaintReviewRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var grounds = StepRequests.statement("grounds", request.getGrounds(), violations);
        violations.throwIfAny();
        return new RequestReview.Command(context.on(target, RequestReview.OPERATION, request), grounds);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ConcludeReview.Command concludeReview(ConcludeComplaintReviewRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var outcome = ProtoEnums.REVIEW_OUTCOME.required(request.getOutcome(), "outcome", violations);
        var conclusion = StepRequests.statement("conclusion", request.getConclusion(), violations);
        violations.throwIfAny();
        return new ConcludeReview.Command(context.on(target, ConcludeReview.OPERATION, request), outcome, conclusion);
    }
}
