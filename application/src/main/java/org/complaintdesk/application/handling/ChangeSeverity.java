package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.handling.Reason;

/** Changes an open complaint's severity (002 1.1.14) with the reason; the priority rises with it. */
public final class ChangeSeverity {
    public static final String OPERATION = "ChangeComplaintSeverity";

    public record Command(StepRequest on, Severity severity, Reason reason) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final ComplaintSteps steps;
    private final PriorityPolicy policy;
    private final ComplaintClocks clocks;

    public ChangeSeverity(ComplaintSteps steps, PriorityPolicy policy, ComplaintClocks clocks) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        // The new rule may re-time running clocks: the step's entry says which, and how.
        return steps.take(command.on(), (complaint, now) -> clocks.withRetimingNoted(complaint,
                complaint.changeSeverity(command.severity(), command.reason(), policy, actor, now), now));
    }
}
