package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.Statement;

/** Declines a registered complaint (000 二(一)3) with the reason and guidance on where to turn. */
public final class DeclineComplaint {
    public static final String OPERATION = "DeclineComplaint";

    public record Command(StepRequest on, DeclineReason reason, Statement guidance) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(guidance, "guidance");
        }
    }

    private final ComplaintSteps steps;

    public DeclineComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.decline(command.reason(), command.guidance(), actor, now));
    }
}
