package org.complaintdesk.application.port.out;

import java.util.Optional;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;

/**
 * Stores complaints with their timelines, and remembers the requests that created or changed them.
 * Every write stores the complaint, its {@link Complaint#newEvents() new timeline entries} and the
 * request in one transaction: all of it or nothing.
 */
public interface ComplaintStore {

    /**
     * Stores a new complaint, its first timeline entries and its request.
     *
     * @throws DuplicateRequestException if the request id was recorded meanwhile; nothing is stored
     */
    void insert(Complaint complaint, IdempotencyKey request);

    /**
     * Stores a changed complaint, provided the stored one is still at
     * {@link Complaint#storedVersion()}; appends its new timeline entries, writes the notices of its
     * steps and records the request.
     *
     * @throws StaleEtagException         if the stored complaint has moved on; nothing is stored
     * @throws DuplicateRequestException  if the request id was recorded meanwhile; nothing is stored
     */
    void update(Complaint complaint, IdempotencyKey request, NoticeWrites notices);

    /** {@link #update(Complaint, IdempotencyKey, NoticeWrites)} of steps that tell the complainant nothing. */
    default void update(Complaint complaint, IdempotencyKey request) {
        update(complaint, request, NoticeWrites.NONE);
    }

    Optional<Complaint> findById(ComplaintId id);

    Optional<Complaint> findByTicketNumber(TicketNumber ticketNumber);

    Optional<RecordedRequest> findRequest(RequestId requestId);
}
