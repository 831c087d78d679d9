package org.complaintdesk.application.handling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Statement;

/** Records a contact with the complainant (003 三.2(2)): when, how, what was said and promised. */
public final class RecordContact {
    public static final String OPERATION = "RecordComplaintContact";

    public record Command(StepRequest on, Instant contactedAt, ContactMethod method, Statement summary, Optional<Statement> promise) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(contactedAt, "contactedAt");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(promise, "promise");
        }
    }

    private final ComplaintSteps steps;

    public RecordContact(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.recordContact(command.contactedAt(), command.method(), command.summary(), command.promise(), actor, now));
    }
}
