package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.ARCHIVED;
import static org.complaintdesk.domain.complaint.ComplaintState.CALLED_BACK;
import static org.complaintdesk.domain.complaint.ComplaintState.CLOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.DECLINED;
import static org.complaintdesk.domain.complaint.ComplaintState.REPLIED;
import static org.complaintdesk.domain.complaint.ComplaintState.WITHDRAWN;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.Withdrawal;
import org.complaintdesk.domain.organisation.Actor;

/**
 * The end of a complaint: the complainant withdraws it (撤诉) at any time before it ends; it is
 * closed once replied and called back (a consultation or suggestion once answered), withdrawn or
 * declined; a closed complaint is archived (000 二(五)1, 002 ch.10) and refuses every change from
 * then on. Withdrawing or closing ends a wait on the complainant.
 */
public final class Closing {
    public static final String CLOSE_BEFORE_CALLBACK = "CLOSE_BEFORE_CALLBACK";
    public static final String ARCHIVE_BEFORE_CLOSE = "ARCHIVE_BEFORE_CLOSE";

    private Closing() {
    }

    static Complaint withdraw(Complaint c, Reason reason, Actor actor, Instant now) {
        c.authorize(Step.WITHDRAW, actor);
        c.requireOpen(Step.WITHDRAW);
        var details = new EventDetails.Withdrawn(WaitingAndUrging.endedWait(c.handling()));
        Handling handling = WaitingAndUrging.endWait(c.handling());
        handling = handling.with(handling.ending().withWithdrawal(new Withdrawal(reason, actor.userId(), now)));
        return c.step(Step.WITHDRAW, WITHDRAWN, actor, now, Optional.of(reason.value()), details, handling);
    }

    static Complaint close(Complaint c, Optional<Statement> note, Actor actor, Instant now) {
        c.authorize(Step.CLOSE, actor);
        boolean complaint = c.classification().kind() == ComplaintKind.COMPLAINT;
        Set<ComplaintState> allowed = complaint
                ? EnumSet.of(CALLED_BACK, WITHDRAWN, DECLINED)
                : EnumSet.of(REPLIED, CALLED_BACK, WITHDRAWN, DECLINED);
        c.requireState(Step.CLOSE, allowed, CLOSE_BEFORE_CALLBACK, complaint
                ? "a complaint is closed after the reply and the callback (CALLED_BACK), or when WITHDRAWN or DECLINED"
                : "a consultation or suggestion is closed once answered (REPLIED or CALLED_BACK), or when WITHDRAWN or DECLINED");
        var details = new EventDetails.Closed(c.state(), WaitingAndUrging.endedWait(c.handling()));
        Handling handling = WaitingAndUrging.endWait(c.handling());
        handling = handling.with(handling.ending().closed(now));
        return c.step(Step.CLOSE, CLOSED, actor, now, note.map(Statement::value), details, handling);
    }

    static Complaint archive(Complaint c, Actor actor, Instant now) {
        c.authorize(Step.ARCHIVE, actor);
        c.requireState(Step.ARCHIVE, EnumSet.of(CLOSED), ARCHIVE_BEFORE_CLOSE, "only a CLOSED complaint is archived");
        return c.step(Step.ARCHIVE, ARCHIVED, actor, now, Optional.empty(), new EventDetails.Archived(),
                c.handling().with(c.handling().ending().archived(now)));
    }
}
