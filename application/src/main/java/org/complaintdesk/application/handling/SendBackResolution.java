package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.handling.Reason;

/** Sends a resolution awaiting approval back to the investigation, with the reason. */
public final class SendBackResolution {
    public static final String OPERATION = "SendBackComplaintResolution";

    public record Command(StepRequest on, Reason reason) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final ComplaintSteps steps;
    private final HandlingPolicy policy;

    public SendBackResolution(ComplaintSteps steps, HandlingPolicy policy) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.sendBackResolution(command.reason(), actor, now));
    }
}
