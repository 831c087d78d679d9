package org.complaintdesk.application.complaint;

import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;

/** Finds one complaint by its id or by its ticket number. */
public final class GetComplaint {
    private final ComplaintStore complaints;

    public GetComplaint(ComplaintStore complaints) {
        this.complaints = complaints;
    }

    public Complaint byId(ComplaintId id) {
        return complaints.findById(id).orElseThrow(() -> new ComplaintNotFoundException(id.toString()));
    }

    public Complaint byTicketNumber(TicketNumber ticketNumber) {
        return complaints.findByTicketNumber(ticketNumber)
                .orElseThrow(() -> new ComplaintNotFoundException(ticketNumber.value()));
    }
}
