package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Statement;

/** Records the reply to the complainant (000 二(三)3, 002 ch.5): channel and content. */
public final class ReplyToComplaint {
    public static final String OPERATION = "ReplyToComplaint";

    public record Command(StepRequest on, ContactMethod channel, Statement content) {
        public Command {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(content, "content");
        }
    }

    private final ComplaintSteps steps;

    public ReplyToComplaint(ComplaintSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    public ComplaintResult execute(Command command) {
        var actor = command.on().actor();
        return steps.take(command.on(), (complaint, now) -> complaint.reply(command.channel(), command.content(), actor, now));
    }
}
