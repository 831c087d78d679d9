package org.complaintdesk.application.warning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.port.out.EarlyWarnings;
import org.complaintdesk.application.statistics.StatisticsAccess;
import org.complaintdesk.application.statistics.StatisticsFilter;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The warnings raised for the reader's unit and the units below it (or a unit among them), newest
 * first. Readers are those of the statistics ({@link StatisticsAccess}).
 */
public final class ListEarlyWarnings {
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    /** A page request; {@code pageSize} 0 means the default, above the maximum is capped. */
    public record Query(Optional<OrgUnitId> unit, int pageSize, Optional<EarlyWarning.Cursor> after) {
        public Query {
            Objects.requireNonNull(unit, "unit");
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
    public record Page(List<EarlyWarning> warnings, Optional<EarlyWarning.Cursor> next) {
    }

    private final EarlyWarnings warnings;

    public ListEarlyWarnings(EarlyWarnings warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    public Page execute(Actor reader, Query query) {
        StatisticsFilter filter = query.unit().map(StatisticsFilter.ALL::withUnit).orElse(StatisticsFilter.ALL);
        OrgUnitId scope = StatisticsAccess.scopeOf(reader, filter);
        int size = query.effectivePageSize();
        // One more than the page tells whether another follows.
        List<EarlyWarning> found = warnings.list(scope, query.after(), size + 1);
        if (found.size() <= size) {
            return new Page(found, Optional.empty());
        }
        List<EarlyWarning> page = found.subList(0, size);
        return new Page(List.copyOf(page), Optional.of(page.getLast().cursor()));
    }
}
