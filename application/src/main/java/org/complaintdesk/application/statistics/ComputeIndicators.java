package org.complaintdesk.application.statistics;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.port.out.StatisticsStore;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** The handling indicators of a period in the reader's scope (the "three rates" and more). */
public final class ComputeIndicators {
    private final StatisticsStore store;
    private final ZoneId zone;
    private final Clock clock;

    public ComputeIndicators(StatisticsStore store, ZoneId zone, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public IndicatorResult execute(Actor reader, IndicatorQuery query) {
        OrgUnitId scope = StatisticsAccess.scopeOf(reader, query.filter());
        Indicators current = of(scope, query.period(), query.filter());
        Optional<Indicators> earlier = query.comparison() == Comparison.NONE ? Optional.empty()
                : Optional.of(of(scope, query.period().shifted(query.comparison()), query.filter()));
        return new IndicatorResult(current, earlier);
    }

    private Indicators of(OrgUnitId scope, StatisticsPeriod period, StatisticsFilter filter) {
        return new Indicators(period,
                store.indicators(StatisticsSlice.of(scope, period, zone, filter), clock.instant()));
    }
}
