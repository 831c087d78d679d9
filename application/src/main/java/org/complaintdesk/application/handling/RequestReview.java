package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.handling.Statement;

/** Records the complainant's request for a review (复查, 000 二(四)2) with new facts or reasons. */
public final class RequestReview {
    public static final String OPERATION = "RequestComplaintReview";

    public record Command(StepRequest on, Statement grounds) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(grounds, "grounds");
        }
    }

    private final ComplaintSteps steps;
    private final HandlingPolicy policy;

    public RequestReview(ComplaintSteps steps, HandlingPolicy policy) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.requestReview(command.grounds(), policy, actor, now));
    }
}
