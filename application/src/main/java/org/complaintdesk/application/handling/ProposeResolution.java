package org.complaintdesk.application.handling;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.Statement;

/** Proposes a resolution (000 二(三)); it awaits approval where the approval policy asks for it. */
public final class ProposeResolution {
    public static final String OPERATION = "ProposeComplaintResolution";

    public record Command(StepRequest on, Statement measures, Optional<Remedy> remedy) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(measures, "measures");
            Objects.requireNonNull(remedy, "remedy");
        }
    }

    private final ComplaintSteps steps;
    private final HandlingPolicy policy;

    public ProposeResolution(ComplaintSteps steps, HandlingPolicy policy) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.proposeResolution(command.measures(), command.remedy(), policy.approval(), actor, now));
    }
}
