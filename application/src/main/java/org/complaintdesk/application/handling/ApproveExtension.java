package org.complaintdesk.application.handling;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.deadline.ClockExtensions;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.handling.Statement;

/**
 * A lead grants the pending extension: the clock must still run and not have run out now, at the
 * decision, for 002 3.4 allows no extension after the fact. From then on the clock runs to the
 * new due, and shows its original due beside it.
 */
public final class ApproveExtension {
    public static final String OPERATION = "ApproveClockExtension";

    public record Command(StepRequest on, Optional<Statement> note) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(note, "note");
        }
    }

    private final ComplaintSteps steps;
    private final ClockExtensions extensions;

    public ApproveExtension(ComplaintSteps steps, ClockExtensions extensions) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.extensions = Objects.requireNonNull(extensions, "extensions");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> {
            var approved = complaint.approveExtension(command.note(), actor, now);
            ExtensionRequest request = complaint.handling().oversight().pendingExtension().orElseThrow();
            extensions.checkApproval(complaint, request, now);
            return approved;
        });
    }
}
