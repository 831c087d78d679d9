package org.complaintdesk.application.handling;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Statement;

/** Closes a complaint whose handling is finished. */
public final class CloseComplaint {
    public static final String OPERATION = "CloseComplaint";

    public record Command(StepRequest on, Optional<Statement> note) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(note, "note");
        }
    }

    private final ComplaintSteps steps;

    public CloseComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.close(command.note(), actor, now));
    }
}
