package org.complaintdesk.application.port.out;

import java.util.Optional;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;

/** Stores complaints and remembers the requests that created or changed them. */
public interface ComplaintRepository {

    /**
     * Stores a new complaint and its request in one transaction.
     *
     * @throws DuplicateRequestException if the request id was recorded meanwhile; nothing is stored
     */
    void insert(Complaint complaint, IdempotencyKey request);

    Optional<Complaint> findById(ComplaintId id);

    Optional<Complaint> findByTicketNumber(TicketNumber ticketNumber);

    Optional<RecordedRequest> findRequest(RequestId requestId);
}
