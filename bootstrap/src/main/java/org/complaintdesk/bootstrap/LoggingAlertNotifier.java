package org.complaintdesk.bootstrap;

import java.util.List;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.notice.NoticeAlert;
import org.complaintdesk.application.port.out.AlertNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes alerts on as log lines, which the operator's log shipping turns into notifications. An
 * alert names the complaint by id and ticket number only: no complainant's data reaches the log.
 */
final class LoggingAlertNotifier implements AlertNotifier {
    private static final Logger log = LoggerFactory.getLogger("complaintdesk.alerts");

    @Override
    public void deliver(List<ClockAlert> alerts) {
        for (ClockAlert a : alerts) {
            log.warn("clock {}: complaint {} ({}) of {}, clock {} round {}, due {}, raised {}", a.kind(), a.ticketNumber().value(),
                    a.complaintId(), a.orgUnit().value(), a.clock(), a.round(), a.due(), a.raisedAt());
        }
    }

    @Override
    public void deliverUnconfirmed(List<NoticeAlert> alerts) {
        for (NoticeAlert a : alerts) {
            log.warn("notice UNCONFIRMED: complaint {} ({}) of {}, {} notice {} by {}, to be confirmed by {}, raised {}",
                    a.ticketNumber().value(), a.complaintId(), a.orgUnit().value(), a.kind(), a.notice(), a.channel(),
                    a.confirmBy(), a.raisedAt());
        }
    }

    @Override
    public void deliverFailed(List<NoticeAlert> alerts) {
        for (NoticeAlert a : alerts) {
            log.warn("notice FAILED: complaint {} ({}) of {}, {} notice {} by {}, reported {}", a.ticketNumber().value(),
                    a.complaintId(), a.orgUnit().value(), a.kind(), a.notice(), a.channel(), a.raisedAt());
        }
    }
}
