package org.complaintdesk.application.handling;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.complaint.GetComplaint;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.port.out.ComplaintTimeline;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.Violations;

/** A complaint's timeline, oldest entry first, a page at a time, for a reader whose unit reaches it. */
public final class ListComplaintEvents {
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;

    /** A page request; {@code pageSize} 0 means the default, above the maximum is capped. */
    public record Query(ComplaintId complaintId, int pageSize, long afterSequence) {
        public Query {
            Objects.requireNonNull(complaintId, "complaintId");
            // Both are reported at once when both are wrong.
            var violations = new Violations();
            if (pageSize < 0) {
                violations.add("page_size", "NEGATIVE", "must not be negative");
            }
            if (afterSequence < 0) {
                violations.add("page_token", "MALFORMED", "does not point into a timeline");
            }
            violations.throwIfAny();
        }

        int effectivePageSize() {
            return pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        }
    }

    /**
     * One page, the sequence after which the next page starts if there is one, and the complaint
     * as it is now (whose reach and personal data rules apply to its timeline too).
     */
    public record Page(List<ComplaintEvent> events, Optional<Long> nextAfterSequence, Complaint complaint) {
    }

    private final ComplaintTimeline timeline;
    private final ComplaintStore complaints;

    public ListComplaintEvents(ComplaintTimeline timeline, ComplaintStore complaints) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.complaints = Objects.requireNonNull(complaints, "complaints");
    }

    public Page execute(Actor reader, Query query) {
        Complaint complaint = GetComplaint.reached(reader, complaints.findById(query.complaintId()),
                query.complaintId().toString());
        int size = query.effectivePageSize();
        List<ComplaintEvent> rows = timeline.events(query.complaintId(), query.afterSequence(), size + 1);
        if (rows.size() <= size) {
            return new Page(rows, Optional.empty(), complaint);
        }
        List<ComplaintEvent> page = List.copyOf(rows.subList(0, size));
        return new Page(page, Optional.of(page.getLast().sequence()), complaint);
    }
}
