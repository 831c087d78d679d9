package org.complaintdesk.application.complaint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.port.out.ComplaintSearch;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * Lists the complaints a reader's unit reaches ({@code UnitScope}), for work queues and reports,
 * newest receipt first, a page at a time. The reach is part of the query, not a filter on its rows.
 */
public final class ListComplaints {
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    /** A page request; {@code pageSize} 0 means the default, above the maximum is capped. */
    public record Query(ComplaintFilter filter, int pageSize, Optional<PageCursor> after) {
        public Query {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(after, "after");
            if (pageSize < 0) {
                throw new InvalidValueException("page_size", "NEGATIVE", "must not be negative");
            }
        }

        int effectivePageSize() {
            return pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        }
    }

    /** One page, and where the next one starts if there is one. */
    public record Page(List<Complaint> complaints, Optional<PageCursor> next) {
    }

    private final ComplaintSearch search;

    public ListComplaints(ComplaintSearch search) {
        this.search = search;
    }

    public Page execute(Actor reader, Query query) {
        int size = query.effectivePageSize();
        // One row more than asked tells whether another page exists without counting.
        List<Complaint> rows = search.listReachedBy(reader.orgUnit(), query.filter(), size + 1, query.after());
        if (rows.size() <= size) {
            return new Page(rows, Optional.empty());
        }
        List<Complaint> page = rows.subList(0, size);
        Complaint last = page.getLast();
        return new Page(List.copyOf(page), Optional.of(new PageCursor(last.submission().receivedAt(), last.id())));
    }
}
