package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.Reason;

/** Corrects an open complaint's utility domain, nature and topic (002 ch.2), with the reason. */
public final class ReclassifyComplaint {
    public static final String OPERATION = "ReclassifyComplaint";

    public record Command(StepRequest on, UtilityDomain utilityDomain, Nature nature, Topic topic, Reason reason) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(utilityDomain, "utilityDomain");
            Objects.requireNonNull(nature, "nature");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final ComplaintSteps steps;
    private final ComplaintClocks clocks;

    public ReclassifyComplaint(ComplaintSteps steps, ComplaintClocks clocks) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        // The new rule may re-time running clocks: the step's entry says which, and how.
        return steps.take(command.on(), (complaint, now) -> clocks.withRetimingNoted(complaint,
                complaint.reclassify(command.utilityDomain(), command.nature(), command.topic(), command.reason(), actor, now), now));
    }
}
