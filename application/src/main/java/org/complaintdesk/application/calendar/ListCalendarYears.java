package org.complaintdesk.application.calendar;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.complaintdesk.application.port.out.CalendarStore;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * Lists the stored years, earliest first, a page at a time. A year a page arrives each November,
 * so the whole calendar is read and paged in memory.
 */
public final class ListCalendarYears {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** A page request; {@code pageSize} 0 means the default, above the maximum is capped. */
    public record Query(int pageSize, OptionalInt afterYear) {
        public Query {
            Objects.requireNonNull(afterYear, "afterYear");
            if (pageSize < 0) {
                throw new InvalidValueException("page_size", "NEGATIVE", "must not be negative");
            }
        }

        int effectivePageSize() {
            return pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        }
    }

    /** One page, and the year after which the next one starts if there is one. */
    public record Page(List<CalendarYear> years, OptionalInt nextAfterYear) {
    }

    private final CalendarStore store;

    public ListCalendarYears(CalendarStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Page execute(Query query) {
        int size = query.effectivePageSize();
        List<CalendarYear> rest = store.all().stream()
                .filter(year -> query.afterYear().isEmpty() || year.year() > query.afterYear().getAsInt())
                .toList();
        if (rest.size() <= size) {
            return new Page(rest, OptionalInt.empty());
        }
        List<CalendarYear> page = rest.subList(0, size);
        return new Page(List.copyOf(page), OptionalInt.of(page.getLast().year()));
    }
}
