package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Reason;

/** Moves a dispatched complaint to another assignment, with the reason. */
public final class RedispatchComplaint {
    public static final String OPERATION = "RedispatchComplaint";

    public record Command(StepRequest on, Assignment assignment, Reason reason) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(assignment, "assignment");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final ComplaintSteps steps;

    public RedispatchComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.redispatch(command.assignment(), command.reason(), actor, now));
    }
}
