package org.complaintdesk.application.notice;

import java.util.Objects;
import org.complaintdesk.domain.complaint.Complaint;

/** A notice no gateway reported on by its confirmation time, with its complaint, held for the monitor. */
public record UnconfirmedNotice(Complaint complaint, RecordedNotice notice) {
    public UnconfirmedNotice {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(notice, "notice");
    }
}
