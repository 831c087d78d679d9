package org.complaintdesk.application.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.application.deadline.ClockExtensions;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.validation.Violations;

/**
 * Asks for more time on a running clock (延期, 002 3.4): only before the clock runs out, once the
 * complainant was told and given a preliminary opinion; a lead decides ({@link ApproveExtension}).
 */
public final class RequestExtension {
    public static final String OPERATION = "RequestClockExtension";

    public record Command(StepRequest on, ClockKind clock, Instant newDue, Reason reason, Statement preliminaryOpinion,
                          Instant complainantToldAt) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(newDue, "newDue");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(preliminaryOpinion, "preliminaryOpinion");
            Objects.requireNonNull(complainantToldAt, "complainantToldAt");
        }
    }

    private final ComplaintSteps steps;
    private final ClockExtensions extensions;

    public RequestExtension(ComplaintSteps steps, ClockExtensions extensions) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.extensions = Objects.requireNonNull(extensions, "extensions");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> {
            // The contract's order: the complaint's role and state rules refuse first, then the
            // clock's state; the values the complaint refuses (kept here under their own field
            // names) and the one the clock refuses are then reported together.
            var values = new Violations();
            Complaint asked = values.checkNested("", () -> complaint.requestExtension(command.clock(),
                    command.newDue(), command.reason(), command.preliminaryOpinion(), command.complainantToldAt(),
                    actor, now));
            extensions.checkRequest(complaint, command.clock(), command.newDue(), now, values);
            values.throwIfAny();
            return asked;
        });
    }
}
