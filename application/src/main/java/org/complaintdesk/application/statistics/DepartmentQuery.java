package org.complaintdesk.application.statistics;

import java.util.Objects;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The indicators of each lead department for the monthly assessment (考核): complaints are
 * attributed to their current lead department cut at {@code departmentDepth} (0: the whole code).
 */
public record DepartmentQuery(StatisticsPeriod period, StatisticsFilter filter, int departmentDepth) {
    public DepartmentQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(filter, "filter");
        if (departmentDepth < 0 || departmentDepth > Grouping.MAX_DEPTH) {
            throw new InvalidValueException("department_depth", "OUT_OF_RANGE",
                    "must be between 0 and " + Grouping.MAX_DEPTH);
        }
    }
}
