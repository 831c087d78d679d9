package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.CALLED_BACK;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REPLIED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLVED;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Reply;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The reply to the complainant (000 二(三)3, 002 ch.5) and the callback that asks how it went (000
 * 二(四)1, 004 二 回访组). A complaint is answered once its resolution stands; a consultation or
 * suggestion may be answered without investigation. An unsatisfied complainant reopens the handling.
 */
public final class ReplyAndCallback {
    public static final String REPLY_BEFORE_RESOLUTION = "REPLY_BEFORE_RESOLUTION";
    public static final String CALLBACK_BEFORE_REPLY = "CALLBACK_BEFORE_REPLY";
    public static final String UNREACHABLE_TOO_FEW_ATTEMPTS = "UNREACHABLE_TOO_FEW_ATTEMPTS";

    private ReplyAndCallback() {
    }

    static Complaint reply(Complaint c, ContactMethod channel, Statement content, Actor actor, Instant now) {
        c.authorize(Step.REPLY, actor);
        boolean complaint = c.classification().kind() == ComplaintKind.COMPLAINT;
        Set<ComplaintState> allowed = complaint
                ? EnumSet.of(RESOLVED)
                : EnumSet.of(ACCEPTED, DISPATCHED, INVESTIGATING, RESOLVED);
        c.requireState(Step.REPLY, allowed, REPLY_BEFORE_RESOLUTION, complaint
                ? "a complaint is answered once its resolution stands (state RESOLVED)"
                : "an accepted consultation or suggestion is answered before any resolution is proposed");
        var reply = new Reply(channel, content, actor.userId(), now);
        return c.step(Step.REPLY, REPLIED, actor, now, Optional.of(content.value()),
                new EventDetails.Replied(channel),
                c.handling().with(c.handling().outcome().withReply(reply)));
    }

    /** The complainant's satisfaction, or that they were not reached after the policy's number of attempts. */
    static Complaint recordCallback(Complaint c, CallbackMethod method, Optional<Satisfaction> satisfaction,
                                    int attempts, Optional<Statement> comment, HandlingPolicy policy, Actor actor,
                                    Instant now) {
        c.authorize(Step.RECORD_CALLBACK, actor);
        c.requireState(Step.RECORD_CALLBACK, EnumSet.of(REPLIED), CALLBACK_BEFORE_REPLY,
                "the callback follows the reply (state REPLIED)");
        var callback = new Callback(method, satisfaction, attempts, comment, actor.userId(), now);
        if (!callback.reached() && attempts < policy.callbackAttempts()) {
            throw new InvalidValueException(Callback.ATTEMPTS_FIELD, UNREACHABLE_TOO_FEW_ATTEMPTS,
                    "a complainant counts as unreachable after " + policy.callbackAttempts() + " attempts");
        }
        Outcome outcome = c.handling().outcome().withCallback(callback);
        var details = new EventDetails.CallbackRecorded(method, attempts, satisfaction, callback.unsatisfied());
        if (callback.unsatisfied()) {
            return c.step(Step.RECORD_CALLBACK, c.reopenedState(), actor, now, comment.map(Statement::value), details,
                    c.handling().with(outcome.reopened()));
        }
        return c.step(Step.RECORD_CALLBACK, CALLED_BACK, actor, now, comment.map(Statement::value), details,
                c.handling().with(outcome));
    }
}
