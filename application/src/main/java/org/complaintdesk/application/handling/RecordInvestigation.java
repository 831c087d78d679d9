package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.InvestigationRecord;

/** Adds an investigation record (000 二(二), 002 ch.3) to a dispatched complaint. */
public final class RecordInvestigation {
    public static final String OPERATION = "RecordComplaintInvestigation";

    public record Command(StepRequest on, InvestigationRecord record) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(record, "record");
        }
    }

    private final ComplaintSteps steps;

    public RecordInvestigation(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.recordInvestigation(command.record(), actor, now));
    }
}
