package org.complaintdesk.adapters.grpc;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.application.port.out.ComplaintRepository;
import org.complaintdesk.application.port.out.ComplaintSearch;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;

/** The register in memory: the store and the search the use cases need, without a database. */
final class InMemoryComplaints implements ComplaintRepository, ComplaintSearch {
    // Ids compare as their text, i.e. as unsigned bytes, the way a database orders UUIDs.
    private static final Comparator<Complaint> LIST_ORDER = Comparator.comparing(Complaint::receivedAt)
            .thenComparing(complaint -> complaint.id().toString())
            .reversed();

    private final Map<ComplaintId, Complaint> complaints = new ConcurrentHashMap<>();
    private final Map<RequestId, RecordedRequest> requests = new ConcurrentHashMap<>();

    @Override
    public synchronized void insert(Complaint complaint, IdempotencyKey request) {
        if (requests.containsKey(request.requestId())) {
            throw new DuplicateRequestException(request.requestId(), null);
        }
        requests.put(request.requestId(), new RecordedRequest(request.requestId(), request.operation(),
                request.fingerprint(), complaint.id()));
        complaints.put(complaint.id(), complaint);
    }

    @Override
    public Optional<Complaint> findById(ComplaintId id) {
        return Optional.ofNullable(complaints.get(id));
    }

    @Override
    public Optional<Complaint> findByTicketNumber(TicketNumber ticketNumber) {
        return complaints.values().stream().filter(c -> c.ticketNumber().equals(ticketNumber)).findFirst();
    }

    @Override
    public Optional<RecordedRequest> findRequest(RequestId requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    @Override
    public List<Complaint> list(ComplaintFilter filter, int limit, Optional<PageCursor> after) {
        return complaints.values().stream()
                .filter(matches(filter))
                .filter(complaint -> after.map(cursor -> comesAfter(complaint, cursor)).orElse(true))
                .sorted(LIST_ORDER)
                .limit(limit)
                .toList();
    }

    int size() {
        return complaints.size();
    }

    /** Newest first, and by id descending among complaints received at the same instant. */
    private static boolean comesAfter(Complaint complaint, PageCursor cursor) {
        int byTime = complaint.receivedAt().compareTo(cursor.receivedAt());
        return byTime < 0 || byTime == 0 && complaint.id().toString().compareTo(cursor.id().toString()) < 0;
    }

    private static Predicate<Complaint> matches(ComplaintFilter filter) {
        return complaint -> filter.state().map(complaint.state()::equals).orElse(true)
                && filter.utilityDomain().map(complaint.utilityDomain()::equals).orElse(true)
                && filter.nature().map(complaint.nature()::equals).orElse(true)
                && filter.severity().map(complaint.severity().applied()::equals).orElse(true)
                && filter.channel().map(complaint.channel()::equals).orElse(true)
                && filter.orgUnit().map(complaint.orgUnit()::equals).orElse(true)
                && filter.receivedFrom().map(from -> !complaint.receivedAt().isBefore(from)).orElse(true)
                && filter.receivedBefore().map(complaint.receivedAt()::isBefore).orElse(true);
    }
}
