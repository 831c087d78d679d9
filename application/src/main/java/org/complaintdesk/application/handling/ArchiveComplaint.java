package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;

/** Files a closed complaint (000 二(五)1); it is read-only from then on. */
public final class ArchiveComplaint {
    public static final String OPERATION = "ArchiveComplaint";

    public record Command(StepRequest on) {
        public Command {
            Objects.requireNonNull(on, "on");
        }
    }

    private final ComplaintSteps steps;

    public ArchiveComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.archive(actor, now));
    }
}
