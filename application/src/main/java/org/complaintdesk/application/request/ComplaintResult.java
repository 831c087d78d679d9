package org.complaintdesk.application.request;

import org.complaintdesk.domain.complaint.Complaint;

/**
 * The complaint a request created or changed, and whether an earlier attempt of the same request
 * did it (then the complaint is as it is now, which may be later than right after that attempt).
 */
public record ComplaintResult(Complaint complaint, boolean replayed) {
}
