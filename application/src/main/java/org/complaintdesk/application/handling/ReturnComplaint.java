package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Reason;

/** The lead department returns a dispatch (退单) with its reason; the complaint awaits dispatch again. */
public final class ReturnComplaint {
    public static final String OPERATION = "ReturnComplaint";

    public record Command(StepRequest on, Reason reason) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final ComplaintSteps steps;

    public ReturnComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.returnComplaint(command.reason(), actor, now));
    }
}
