package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Statement;

/**
 * Records that the handling waits on the complainant (stop-the-clock), with the reason: the
 * clocks the deadline rules name for it stand still until the handling resumes.
 */
public final class WaitOnComplainant {
    public static final String OPERATION = "WaitOnComplainant";

    public record Command(StepRequest on, PauseReason reason, Statement note) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(note, "note");
        }
    }

    private final ComplaintSteps steps;

    public WaitOnComplainant(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) ->
                complaint.waitOnComplainant(command.reason(), command.note(), actor, now));
    }
}
