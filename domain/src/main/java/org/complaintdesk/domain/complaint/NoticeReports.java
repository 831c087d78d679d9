package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.Actor;

/**
 * What became of the notices to the complainant, on the timeline: a gateway's report of a
 * delivery or a failure, and the monitor's note that none came in time. None changes the state
 * or the handling; whether the notice is the complaint's and still unreported is the use case's
 * to check, as the notices are kept beside the complaint.
 */
final class NoticeReports {
    /** A notice may be reported on after the complaint ended (a decline's notice arrives after the decline), until it is filed. */
    private static final Set<ComplaintState> REPORTABLE = EnumSet.complementOf(EnumSet.of(ComplaintState.ARCHIVED));

    private NoticeReports() {
    }

    static Complaint delivered(Complaint c, UUID notice, Actor actor, Instant now) {
        Step step = Step.REPORT_NOTICE_DELIVERED;
        check(c, step, actor);
        return c.step(step, c.state(), actor, now, Optional.empty(), new EventDetails.NoticeDelivered(notice),
                c.handling());
    }

    static Complaint failed(Complaint c, UUID notice, Reason failure, Actor actor, Instant now) {
        Step step = Step.REPORT_NOTICE_FAILED;
        check(c, step, actor);
        return c.step(step, c.state(), actor, now, Optional.of(failure.value()), new EventDetails.NoticeFailed(notice),
                c.handling());
    }

    static Complaint unconfirmed(Complaint c, UUID notice, Instant confirmBy, Actor actor, Instant now) {
        Step step = Step.NOTE_NOTICE_UNCONFIRMED;
        check(c, step, actor);
        return c.step(step, c.state(), actor, now, Optional.empty(),
                new EventDetails.NoticeUnconfirmed(notice, confirmBy), c.handling());
    }

    private static void check(Complaint c, Step step, Actor actor) {
        c.authorize(step, actor);
        c.requireState(step, REPORTABLE, Complaint.COMPLAINT_ARCHIVED, "an archived complaint is read-only");
    }
}
