package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Statement;

/** A lead of the complaint office urges the handling on (催办) with a note; the urges are counted. */
public final class UrgeComplaint {
    public static final String OPERATION = "UrgeComplaint";

    public record Command(StepRequest on, Statement note) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(note, "note");
        }
    }

    private final ComplaintSteps steps;

    public UrgeComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.urge(command.note(), actor, now));
    }
}
