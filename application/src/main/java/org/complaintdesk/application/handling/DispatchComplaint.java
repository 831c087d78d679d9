package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Assignment;

/** Dispatches an accepted complaint to a lead department, co-handling departments and a handler (000 二(二)1). */
public final class DispatchComplaint {
    public static final String OPERATION = "DispatchComplaint";

    public record Command(StepRequest on, Assignment assignment) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(assignment, "assignment");
        }
    }

    private final ComplaintSteps steps;

    public DispatchComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.dispatch(command.assignment(), actor, now));
    }
}
