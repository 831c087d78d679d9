package org.complaintdesk.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.application.notice.RecordedNotice;
import org.complaintdesk.application.port.out.ComplaintNotices;
import org.complaintdesk.application.port.out.ComplaintSearch;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.port.out.ComplaintTimeline;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.UnitScope;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * The register in memory, for tests of the use cases and the API that need no database: the store,
 * the search and the timeline, with the same contract as the PostgreSQL adapter (a stale version
 * and a repeated request id are refused, and nothing is written then). The records of personal
 * data access that registrations store go to its {@link #accessLog()}, as they go to the same
 * database in PostgreSQL.
 */
public final class InMemoryComplaintStore implements ComplaintStore, ComplaintSearch, ComplaintTimeline,
        ComplaintNotices {
    // Ids compare as their text, i.e. as unsigned bytes, the way a database orders UUIDs.
    private static final Comparator<Complaint> LIST_ORDER = Comparator.comparing((Complaint c) -> c.submission().receivedAt())
            .thenComparing(complaint -> complaint.id().toString())
            .reversed();

    private final Map<ComplaintId, Complaint> complaints = new ConcurrentHashMap<>();
    private final Map<RequestId, RecordedRequest> requests = new ConcurrentHashMap<>();
    private final Map<ComplaintId, List<ComplaintEvent>> timelines = new ConcurrentHashMap<>();
    private final List<RecordedNotice> notices = new CopyOnWriteArrayList<>();
    private final InMemoryPersonalDataAccessLog accessLog = new InMemoryPersonalDataAccessLog(this);

    /** Keeps no record of the clocks: a first look is left out, as a monitor in memory looks itself. */
    @Override
    public synchronized void insert(Complaint complaint, IdempotencyKey request, Optional<Attention.Outcome> firstLook,
                                    List<PersonalDataAccess> accesses) {
        if (requests.containsKey(request.requestId())) {
            throw new DuplicateRequestException(request.requestId(), null);
        }
        if (complaints.containsKey(complaint.id()) || complaint.storedVersion() != 0) {
            throw new IllegalArgumentException(complaint.id() + " is not a new complaint");
        }
        record(complaint, request);
        accessLog.record(accesses);
    }

    /** The record of personal data access beside this register, holding what registrations stored. */
    public InMemoryPersonalDataAccessLog accessLog() {
        return accessLog;
    }

    @Override
    public synchronized void update(Complaint complaint, IdempotencyKey request, NoticeWrites notices) {
        if (requests.containsKey(request.requestId())) {
            throw new DuplicateRequestException(request.requestId(), null);
        }
        if (complaint.newEvents().isEmpty()) {
            throw new IllegalArgumentException(complaint.id() + " has no step to store");
        }
        Complaint stored = complaints.get(complaint.id());
        if (stored == null || stored.version() != complaint.storedVersion()) {
            throw new StaleEtagException(complaint.id(), complaint.storedVersion(), Optional.empty());
        }
        for (NoticeWrites.Outcome outcome : notices.outcomes()) {
            RecordedNotice notice = find(complaint.id(), outcome.notice())
                    .filter(n -> !n.reported())
                    .orElseThrow(() -> new IllegalStateException("notice " + outcome.notice() + " cannot take a report"));
            this.notices.set(this.notices.indexOf(notice), notice.with(outcome.outcome(), outcome.at()));
        }
        record(complaint, request);
        notices.issued().forEach(n -> this.notices.add(new RecordedNotice(n, Optional.empty(), Optional.empty())));
    }

    /** The notices issued with the steps stored, in the order they were. */
    public List<IssuedNotice> notices() {
        return notices.stream().map(RecordedNotice::issued).toList();
    }

    @Override
    public List<RecordedNotice> of(ComplaintId complaint) {
        return notices.stream().filter(n -> n.issued().complaintId().equals(complaint)).toList();
    }

    @Override
    public Optional<RecordedNotice> find(ComplaintId complaint, java.util.UUID notice) {
        return of(complaint).stream().filter(n -> n.issued().id().equals(notice)).findFirst();
    }

    private void record(Complaint complaint, IdempotencyKey request) {
        requests.put(request.requestId(), new RecordedRequest(request.requestId(), request.operation(),
                request.fingerprint(), complaint.id()));
        // What is stored has no pending events, as a complaint read back from a database.
        complaints.put(complaint.id(), Complaint.restore(complaint.snapshot()));
        timelines.computeIfAbsent(complaint.id(), id -> new CopyOnWriteArrayList<>()).addAll(complaint.newEvents());
    }

    @Override
    public List<ComplaintEvent> events(ComplaintId complaintId, long afterSequence, int limit) {
        return timelines.getOrDefault(complaintId, List.of()).stream()
                .filter(event -> event.sequence() > afterSequence)
                .limit(limit)
                .toList();
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
        if (filter.dueBefore().isPresent() || filter.clockStatus().isPresent()) {
            // Those filters read what the monitor recorded, which lives beside the complaints in PostgreSQL.
            throw new UnsupportedOperationException("clock filters are tested on PostgreSQL");
        }
        return complaints.values().stream()
                .filter(matches(filter))
                .filter(complaint -> after.map(cursor -> comesAfter(complaint, cursor)).orElse(true))
                .sorted(LIST_ORDER)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Complaint> listReachedBy(OrgUnitId unit, ComplaintFilter filter, int limit,
                                         Optional<PageCursor> after) {
        return list(filter, Integer.MAX_VALUE, after).stream()
                .filter(complaint -> UnitScope.reaches(unit, complaint))
                .limit(limit)
                .toList();
    }

    public int size() {
        return complaints.size();
    }

    /** Newest first, and by id descending among complaints received at the same instant. */
    private static boolean comesAfter(Complaint complaint, PageCursor cursor) {
        int byTime = complaint.submission().receivedAt().compareTo(cursor.receivedAt());
        return byTime < 0 || byTime == 0 && complaint.id().toString().compareTo(cursor.id().toString()) < 0;
    }

    private static Predicate<Complaint> matches(ComplaintFilter filter) {
        return complaint -> filter.state().map(complaint.state()::equals).orElse(true)
                && filter.utilityDomain().map(complaint.classification().utilityDomain()::equals).orElse(true)
                && filter.nature().map(complaint.classification().nature()::equals).orElse(true)
                && filter.severity().map(complaint.triage().severity().applied()::equals).orElse(true)
                && filter.channel().map(complaint.submission().channel()::equals).orElse(true)
                && filter.orgUnit().map(complaint.registration().orgUnit()::equals).orElse(true)
                && filter.leadDepartment().map(d -> complaint.handling().investigation().dispatch()
                        .map(dispatch -> dispatch.assignment().leadDepartment().equals(d)).orElse(false)).orElse(true)
                && filter.handler().map(h -> complaint.handling().investigation().dispatch()
                        .map(dispatch -> dispatch.assignment().handler().equals(h)).orElse(false)).orElse(true)
                && filter.receivedFrom().map(from -> !complaint.submission().receivedAt().isBefore(from)).orElse(true)
                && filter.receivedBefore().map(complaint.submission().receivedAt()::isBefore).orElse(true)
                && filter.complainantPhone().map(complaint.submission().complainant().phone()::equals).orElse(true)
                && filter.complainantAccountNumber()
                        .map(a -> complaint.submission().complainant().accountNumber().equals(Optional.of(a))).orElse(true);
    }
}
