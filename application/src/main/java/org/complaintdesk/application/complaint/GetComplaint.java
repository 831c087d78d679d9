package org.complaintdesk.application.complaint;

import java.util.Optional;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.UnitScope;
import org.complaintdesk.domain.organisation.Actor;

/** Finds one complaint by its id or by its ticket number, for a reader whose unit reaches it. */
public final class GetComplaint {
    private final ComplaintStore complaints;

    public GetComplaint(ComplaintStore complaints) {
        this.complaints = complaints;
    }

    public Complaint byId(Actor reader, ComplaintId id) {
        return reached(reader, complaints.findById(id), id.toString());
    }

    public Complaint byTicketNumber(Actor reader, TicketNumber ticketNumber) {
        return reached(reader, complaints.findByTicketNumber(ticketNumber), ticketNumber.value());
    }

    /**
     * The id behind a ticket number, for a step on a complaint named by it. The reach is checked
     * here too: a refusal must not reveal the id behind a number the caller may not see.
     */
    public ComplaintId idOf(Actor actor, TicketNumber ticketNumber) {
        return byTicketNumber(actor, ticketNumber).id();
    }

    /**
     * The complaint if the reader's unit reaches it; otherwise the same refusal whether or not it
     * exists.
     */
    public static Complaint reached(Actor reader, Optional<Complaint> found, String lookupKey) {
        return found.filter(complaint -> UnitScope.reaches(reader.orgUnit(), complaint))
                .orElseThrow(() -> new ComplaintOutOfReachException(lookupKey, reader.orgUnit()));
    }
}
