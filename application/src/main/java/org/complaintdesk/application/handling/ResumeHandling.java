package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Statement;

/** Ends the wait on the complainant: what they were waited on for came, and the paused clocks run again. */
public final class ResumeHandling {
    public static final String OPERATION = "ResumeComplaintHandling";

    public record Command(StepRequest on, Statement note) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(note, "note");
        }
    }

    private final ComplaintSteps steps;

    public ResumeHandling(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.resumeHandling(command.note(), actor, now));
    }
}
