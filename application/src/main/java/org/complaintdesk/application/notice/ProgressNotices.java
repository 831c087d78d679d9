package org.complaintdesk.application.notice;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.notice.IssuedNotice;

/** The progress notice a major complaint's complainant is due (003 三.3(4)), which the monitor issues. */
@FunctionalInterface
public interface ProgressNotices {

    /** The progress notice for the complaint as it stands at {@code now}; none if it calls for none or has no channel. */
    Optional<IssuedNotice> progressFor(Complaint complaint, Instant now);
}
