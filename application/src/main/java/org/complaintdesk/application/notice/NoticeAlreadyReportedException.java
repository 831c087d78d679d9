package org.complaintdesk.application.notice;

import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.validation.DomainException;

/** A gateway reported on the notice before, under another request id: a notice keeps its first report. */
public final class NoticeAlreadyReportedException extends DomainException {
    public static final String RULE = "NOTICE_ALREADY_REPORTED";

    public NoticeAlreadyReportedException(RecordedNotice notice) {
        super(RULE, "the notice " + notice.issued().id() + " was reported "
                + notice.outcome().map(DeliveryOutcome::name).orElse("") + " already; a retry sends the same request id");
    }
}
