package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Statement;

/** Concludes a review as upheld or changed and records what the complainant was told. */
public final class ConcludeReview {
    public static final String OPERATION = "ConcludeComplaintReview";

    public record Command(StepRequest on, ReviewOutcome outcome, Statement conclusion) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(conclusion, "conclusion");
        }
    }

    private final ComplaintSteps steps;

    public ConcludeReview(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.concludeReview(command.outcome(), command.conclusion(), actor, now));
    }
}
