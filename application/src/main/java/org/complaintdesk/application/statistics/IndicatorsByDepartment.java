package org.complaintdesk.application.statistics;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.complaintdesk.application.port.out.StatisticsStore;
import org.complaintdesk.domain.organisation.Actor;

/** The indicators of each lead department in the reader's scope, for the monthly assessment. */
public final class IndicatorsByDepartment {
    private final StatisticsStore store;
    private final ZoneId zone;
    private final Clock clock;

    public IndicatorsByDepartment(StatisticsStore store, ZoneId zone, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<DepartmentIndicators> execute(Actor reader, DepartmentQuery query) {
        var scope = StatisticsAccess.scopeOf(reader, query.filter());
        return store.indicatorsByDepartment(StatisticsSlice.of(scope, query.period(), zone, query.filter()),
                query.departmentDepth(), clock.instant());
    }
}
