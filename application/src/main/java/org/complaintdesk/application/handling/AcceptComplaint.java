package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Statement;

/** Accepts a registered complaint (000 二(一)3) and records what the complainant was told would happen next. */
public final class AcceptComplaint {
    public static final String OPERATION = "AcceptComplaint";

    public record Command(StepRequest on, Statement nextSteps) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(nextSteps, "nextSteps");
        }
    }

    private final ComplaintSteps steps;

    public AcceptComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.accept(command.nextSteps(), actor, now));
    }
}
