package org.complaintdesk.application.port.out;

import java.time.Instant;
import java.util.List;
import org.complaintdesk.application.statistics.CountRow;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.StatisticsSlice;
import org.complaintdesk.application.statistics.TimeBucket;

/**
 * Answers statistics over a slice of the register. Every figure follows the definitions in
 * {@link HandlingIndicators} and the records it names; no figure names a complainant.
 */
public interface StatisticsStore {

    /**
     * The complaints received in the slice, grouped by the groupings (none: one row) and by
     * {@code bucket}; every complaint is in exactly one row, so the rows add up to the total.
     * Ordered by bucket, then count descending, then keys.
     */
    List<CountRow> count(StatisticsSlice slice, List<Grouping> groupBy, TimeBucket bucket);

    /** The indicators of the slice as at {@code now} (which decides the pending clock rounds). */
    HandlingIndicators indicators(StatisticsSlice slice, Instant now);

    /**
     * The indicators of the slice per current lead department cut at {@code depth} (0: whole code),
     * ordered by department; complaints never dispatched are in none of them.
     */
    List<DepartmentIndicators> indicatorsByDepartment(StatisticsSlice slice, int depth, Instant now);
}
