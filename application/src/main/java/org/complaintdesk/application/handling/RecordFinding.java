package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.Statement;

/** Records the responsibility finding (000 二(二)3) that concludes the investigation. */
public final class RecordFinding {
    public static final String OPERATION = "RecordComplaintFinding";

    public record Command(StepRequest on, Responsibility responsibility, Statement grounds) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(responsibility, "responsibility");
            Objects.requireNonNull(grounds, "grounds");
        }
    }

    private final ComplaintSteps steps;

    public RecordFinding(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.recordFinding(command.responsibility(), command.grounds(), actor, now));
    }
}
