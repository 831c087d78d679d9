package org.complaintdesk.application.handling;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.handling.Statement;

/** Approves a resolution awaiting approval; its proposer may not. */
public final class ApproveResolution {
    public static final String OPERATION = "ApproveComplaintResolution";

    public record Command(StepRequest on, Optional<Statement> note) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(note, "note");
        }
    }

    private final ComplaintSteps steps;
    private final HandlingPolicy policy;

    public ApproveResolution(ComplaintSteps steps, HandlingPolicy policy) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.approveResolution(command.note(), actor, now));
    }
}
