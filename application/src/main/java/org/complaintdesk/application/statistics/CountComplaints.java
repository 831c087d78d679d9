package org.complaintdesk.application.statistics;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.port.out.StatisticsStore;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** Counts the complaints received in a period in the reader's scope, by dimensions and time buckets. */
public final class CountComplaints {
    private final StatisticsStore store;
    private final ZoneId zone;

    public CountComplaints(StatisticsStore store, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public CountResult execute(Actor reader, CountQuery query) {
        var scope = StatisticsAccess.scopeOf(reader, query.filter());
        Counts current = counts(scope, query.period(), query);
        Optional<Counts> earlier = query.comparison() == Comparison.NONE ? Optional.empty()
                : Optional.of(counts(scope, query.period().shifted(query.comparison()), query));
        return new CountResult(current, earlier);
    }

    private Counts counts(OrgUnitId scope, StatisticsPeriod period,
                          CountQuery query) {
        List<CountRow> rows = store.count(StatisticsSlice.of(scope, period, zone, query.filter()), query.groupBy(),
                query.bucket());
        return new Counts(period, rows, rows.stream().mapToLong(CountRow::count).sum());
    }
}
