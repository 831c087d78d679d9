package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Reason;

/** Records that the complainant withdrew the complaint (撤诉), with the reason. */
public final class WithdrawComplaint {
    public static final String OPERATION = "WithdrawComplaint";

    public record Command(StepRequest on, Reason reason) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final ComplaintSteps steps;

    public WithdrawComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.withdraw(command.reason(), actor, now));
    }
}
