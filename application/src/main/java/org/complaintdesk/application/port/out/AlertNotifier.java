package org.complaintdesk.application.port.out;

import java.util.List;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.notice.NoticeAlert;

/**
 * Passes warnings, breaches and unconfirmed or failed notices on to the people who act on them (a message
 * queue, mail, a work list).
 */
public interface AlertNotifier {

    /** Delivers the alerts; an exception leaves them to be offered again. */
    void deliver(List<ClockAlert> alerts);

    /**
     * Delivers the alerts of notices no gateway confirmed in time. They are raised once, after the
     * monitor recorded them on the timeline (where subscribers of the events see them too); a
     * failure here is logged, not retried. Unless a notifier says otherwise, each is logged as a
     * warning on {@code complaintdesk.alerts}, as the log-shipping notifier does with the others.
     */
    default void deliverUnconfirmed(List<NoticeAlert> alerts) {
        System.Logger log = System.getLogger("complaintdesk.alerts");
        for (NoticeAlert a : alerts) {
            log.log(System.Logger.Level.WARNING, "notice UNCONFIRMED: complaint " + a.ticketNumber().value() + " ("
                    + a.complaintId() + ") of " + a.orgUnit().value() + ", " + a.kind() + " notice " + a.notice()
                    + " by " + a.channel() + ", to be confirmed by " + a.confirmBy() + ", raised " + a.raisedAt());
        }
    }

    /**
     * Delivers the alerts of notices a gateway reported it could not deliver: the complainant was
     * not told. Raised once, after the report was recorded; a failure here is logged, not retried.
     */
    default void deliverFailed(List<NoticeAlert> alerts) {
        System.Logger log = System.getLogger("complaintdesk.alerts");
        for (NoticeAlert a : alerts) {
            log.log(System.Logger.Level.WARNING, "notice FAILED: complaint " + a.ticketNumber().value() + " ("
                    + a.complaintId() + ") of " + a.orgUnit().value() + ", " + a.kind() + " notice " + a.notice()
                    + " by " + a.channel() + ", reported " + a.raisedAt());
        }
    }
}
