package org.complaintdesk.application.notice;

import java.time.Instant;
import java.util.List;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.notice.IssuedNotice;

/** The notices a step calls for, written with the step: the step never commits without them, nor they without it. */
@FunctionalInterface
public interface StepNotices {

    /**
     * The notices to the complainant that the step from {@code before} to {@code after} calls for,
     * issued at {@code now}; none when the step tells the complainant nothing.
     */
    List<IssuedNotice> issuedFor(Complaint before, Complaint after, Instant now);
}
