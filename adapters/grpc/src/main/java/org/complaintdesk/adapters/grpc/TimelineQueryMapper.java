package org.complaintdesk.adapters.grpc;

import java.util.Optional;
import java.util.function.Function;
import org.complaintdesk.api.v1.ListComplaintEventsRequest;
import org.complaintdesk.application.handling.ListComplaintEvents;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.validation.Violations;

/** Turns a ListComplaintEvents request into the query of the use case, checking every field at once. */
final class TimelineQueryMapper {
    static final String PARENT = "parent";

    private TimelineQueryMapper() {
    }

    /**
     * @param complaints resolves the parent to the complaint's id (NOT_FOUND for an unknown ticket number)
     * @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule
     */
    static ListComplaintEvents.Query toQuery(ListComplaintEventsRequest request,
                                             Function<ComplaintName, ComplaintId> complaints) {
        var violations = new Violations();
        ComplaintName parent = violations.check(PARENT, () -> ComplaintName.parse(PARENT, request.getParent()));
        if (request.getPageSize() < 0) {
            // 0 means the default and large values are capped by the use case; only negatives are wrong.
            violations.add("page_size", ListQueryMapper.NEGATIVE, "must not be negative");
        }
        String token = request.getPageToken();
        Optional<EventPageToken.Position> position = token.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(violations.check(EventPageToken.FIELD, () -> EventPageToken.read(token)));
        violations.throwIfAny();
        ComplaintId complaint = complaints.apply(parent);
        long afterSequence = position.map(start -> start.afterSequenceIn(complaint)).orElse(0L);
        return new ListComplaintEvents.Query(complaint, request.getPageSize(), afterSequence);
    }
}
