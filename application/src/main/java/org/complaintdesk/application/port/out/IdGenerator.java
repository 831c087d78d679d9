package org.complaintdesk.application.port.out;

import org.complaintdesk.domain.complaint.ComplaintId;

/** Makes new complaint ids. */
public interface IdGenerator {
    ComplaintId newComplaintId();
}
