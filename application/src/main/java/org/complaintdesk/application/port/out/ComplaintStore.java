package org.complaintdesk.application.port.out;

import java.util.List;
import java.util.Optional;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.application.privacy.PersonalDataAccess;
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
     * Stores a new complaint, its first timeline entries and its request, and what the monitor's
     * {@code firstLook} found of its clocks: recorded as the monitor records it, so that the monitor
     * need not look until the outcome's next attention. With no first look, the monitor is asked
     * to look at the registration's time.
     *
     * @param firstLook an outcome of {@link org.complaintdesk.application.deadline.ClockMonitor#firstLook}:
     *                  no alerts and no step of the monitor's
     * @param accesses  the records of personal data access that the answer to the registration needs,
     *                  stored with it: the registration and its records are stored together or not at all
     * @throws DuplicateRequestException if the request id was recorded meanwhile; nothing is stored
     * @throws IllegalArgumentException  if the first look is of another complaint, or records alerts or steps
     */
    void insert(Complaint complaint, IdempotencyKey request, Optional<Attention.Outcome> firstLook,
                List<PersonalDataAccess> accesses);

    /** {@link #insert(Complaint, IdempotencyKey, Optional, List)} with no record of personal data access. */
    default void insert(Complaint complaint, IdempotencyKey request, Optional<Attention.Outcome> firstLook) {
        insert(complaint, request, firstLook, List.of());
    }

    /** {@link #insert(Complaint, IdempotencyKey, Optional)} with no first look: the monitor looks at once. */
    default void insert(Complaint complaint, IdempotencyKey request) {
        insert(complaint, request, Optional.empty());
    }

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
