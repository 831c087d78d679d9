package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Reason;

/** A lead refuses the pending extension, with the reason; the clock keeps its due. */
public final class RejectExtension {
    public static final String OPERATION = "RejectClockExtension";

    public record Command(StepRequest on, Reason reason) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final ComplaintSteps steps;

    public RejectExtension(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.rejectExtension(command.reason(), actor, now));
    }
}
