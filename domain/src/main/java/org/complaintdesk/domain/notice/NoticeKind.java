package org.complaintdesk.domain.notice;

import static org.complaintdesk.domain.notice.Placeholder.CALLBACK_DUE;
import static org.complaintdesk.domain.notice.Placeholder.DECLINE_REASON;
import static org.complaintdesk.domain.notice.Placeholder.HOTLINE;
import static org.complaintdesk.domain.notice.Placeholder.NEW_DUE;
import static org.complaintdesk.domain.notice.Placeholder.NEXT_UPDATE;
import static org.complaintdesk.domain.notice.Placeholder.PRELIMINARY_OPINION;
import static org.complaintdesk.domain.notice.Placeholder.PROGRESS;
import static org.complaintdesk.domain.notice.Placeholder.REPLY_DUE;
import static org.complaintdesk.domain.notice.Placeholder.REPLY_SUMMARY;
import static org.complaintdesk.domain.notice.Placeholder.REVIEW_UNTIL;
import static org.complaintdesk.domain.notice.Placeholder.TICKET_NUMBER;
import static org.complaintdesk.domain.notice.Placeholder.UNIT_NAME;
import static org.complaintdesk.domain.notice.Placeholder.VERIFICATION_CODE;
import static org.complaintdesk.domain.notice.Placeholder.WHERE_TO_TURN;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the complainant is told (告知), each with the placeholders its template may use and those
 * it must, because the procedure says the complainant is to learn them.
 */
public enum NoticeKind {
    /** 受理告知, 000 二(一)3: accepted, what happens next and by when; the code for the complainant's view. */
    ACCEPTANCE(Set.of(TICKET_NUMBER, REPLY_DUE), Set.of(VERIFICATION_CODE)),
    /** 不予受理告知, 000 二(一)3, 004 三.3: not accepted, the reason and where to turn instead. */
    DECLINE(Set.of(TICKET_NUMBER, DECLINE_REASON, WHERE_TO_TURN), Set.of()),
    /** 延期告知, 002 3.4: told before the limit runs out, with the new due time and a preliminary opinion. */
    EXTENSION(Set.of(TICKET_NUMBER, NEW_DUE, PRELIMINARY_OPINION), Set.of()),
    /** 进展告知, 003 三.3(4): a major case's progress, at least every 2 hours until the result. */
    PROGRESS_UPDATE(Set.of(TICKET_NUMBER, PROGRESS, NEXT_UPDATE), Set.of()),
    /** 答复告知, 002 ch.5, 000 二(四)2: the reply is made; the complainant may ask for a review until a day. */
    REPLY(Set.of(TICKET_NUMBER, REVIEW_UNTIL), Set.of(REPLY_SUMMARY)),
    /** 回访邀请, 000 二(四)1, 003 三.2(5): the callback on the result and how satisfied the complainant is. */
    CALLBACK_INVITATION(Set.of(TICKET_NUMBER), Set.of(CALLBACK_DUE));

    private final Set<Placeholder> required;
    private final Set<Placeholder> allowed;

    NoticeKind(Set<Placeholder> required, Set<Placeholder> optional) {
        this.required = Set.copyOf(required);
        var allowed = EnumSet.of(UNIT_NAME, HOTLINE);
        allowed.addAll(required);
        allowed.addAll(optional);
        this.allowed = Set.copyOf(allowed);
    }

    /** The placeholders a template of this kind must use. */
    public Set<Placeholder> required() {
        return required;
    }

    /** The placeholders a template of this kind may use: the required, its own optional ones, the sender's name and hotline. */
    public Set<Placeholder> allowed() {
        return allowed;
    }
}
