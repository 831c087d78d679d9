package org.complaintdesk.application.handling;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.Statement;

/** Records the callback (000 二(四)1); an unsatisfied complainant reopens the investigation. */
public final class RecordCallback {
    public static final String OPERATION = "RecordComplaintCallback";

    public record Command(StepRequest on, CallbackMethod method, Optional<Satisfaction> satisfaction, int attempts, Optional<Statement> comment) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(satisfaction, "satisfaction");
            Objects.requireNonNull(comment, "comment");
        }
    }

    private final ComplaintSteps steps;
    private final HandlingPolicy policy;

    public RecordCallback(ComplaintSteps steps, HandlingPolicy policy) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.recordCallback(command.method(), command.satisfaction(), command.attempts(), command.comment(), policy, actor, now));
    }
}
