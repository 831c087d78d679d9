package org.complaintdesk.adapters.postgres.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.complaintdesk.application.port.out.StatisticsStore;
import org.complaintdesk.application.statistics.ClockIndicator;
import org.complaintdesk.application.statistics.CountRow;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.DurationSummary;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.Rate;
import org.complaintdesk.application.statistics.SatisfactionCounts;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.application.statistics.StatisticsSlice;
import org.complaintdesk.application.statistics.TimeBucket;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Statistics over complaint_fact and complaint_clock_fact (V13__statistics_facts.sql). Each method
 * is one or two statements: the complaints of the slice are found by the tenant and the period's
 * time index that each figure counts by, the scope and filter are conditions on the narrow fact row.
 */
public final class PostgresStatisticsStore implements StatisticsStore {
    /** The grouping key of indicators of the whole slice. */
    private static final String ALL = "";

    private final DSLContext dsl;

    public PostgresStatisticsStore(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public List<CountRow> count(StatisticsSlice slice, List<Grouping> groupBy, TimeBucket bucket) {
        FactConditions where = FactConditions.of(slice);
        List<String> columns = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        if (bucket != TimeBucket.NONE) {
            columns.add("date_trunc('" + bucket.name().toLowerCase() + "', f.received_at at time zone ?)::date");
            binds.add(slice.zone().getId());
        }
        groupBy.forEach(g -> columns.add(FactConditions.key(g)));
        String select = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
        StringBuilder sql = new StringBuilder("select ").append(select).append("count(*) from complaint_fact f where ")
                .append(where.sql).append(" and f.received_at >= ?::timestamptz and f.received_at < ?::timestamptz");
        binds.addAll(where.binds);
        binds.add(timestamp(slice.from()));
        binds.add(timestamp(slice.to()));
        if (!columns.isEmpty()) {
            String positions = String.join(", ", java.util.stream.IntStream.rangeClosed(1, columns.size())
                    .mapToObj(Integer::toString).toList());
            sql.append(" group by ").append(positions);
        }
        int countColumn = columns.size() + 1;
        sql.append(" order by ");
        if (bucket != TimeBucket.NONE) {
            sql.append("1, ");
        }
        sql.append(countColumn).append(" desc");
        for (int i = bucket == TimeBucket.NONE ? 1 : 2; i < countColumn; i++) {
            sql.append(", ").append(i);
        }
        List<CountRow> rows = new ArrayList<>();
        for (Record r : dsl.resultQuery(sql.toString(), binds.toArray()).fetch()) {
            int i = 0;
            Optional<LocalDate> day = Optional.empty();
            if (bucket != TimeBucket.NONE) {
                day = Optional.of(r.get(i++, LocalDate.class));
            }
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < groupBy.size(); k++) {
                keys.add(r.get(i++, String.class));
            }
            rows.add(new CountRow(day, keys, r.get(i, Long.class)));
        }
        return rows.stream().filter(row -> row.count() > 0).toList();
    }

    @Override
    public HandlingIndicators indicators(StatisticsSlice slice, Instant now) {
        return indicatorsBy(slice, Optional.empty(), now).getOrDefault(ALL, empty());
    }

    @Override
    public List<DepartmentIndicators> indicatorsByDepartment(StatisticsSlice slice, int depth, Instant now) {
        return indicatorsBy(slice, Optional.of(depth), now).entrySet().stream()
                .map(e -> new DepartmentIndicators(new OrgUnitId(e.getKey()), e.getValue()))
                .toList();
    }

    /** The indicators per department cut at the depth, or of the whole slice (key {@link #ALL}). */
    private Map<String, HandlingIndicators> indicatorsBy(StatisticsSlice slice, Optional<Integer> departmentDepth,
                                                         Instant now) {
        String group = departmentDepth.map(d -> FactConditions.cut("f.lead_department", d)).orElse("''");
        String onlyDispatched = departmentDepth.isPresent() ? " and f.lead_department is not null" : "";
        Map<String, ComplaintFigures> complaints = complaintFigures(slice, group, onlyDispatched);
        Map<String, List<ClockIndicator>> clocks = clockFigures(slice, group, onlyDispatched, now);
        Map<String, HandlingIndicators> result = new TreeMap<>();
        for (String key : union(complaints.keySet(), clocks.keySet())) {
            ComplaintFigures c = complaints.getOrDefault(key, ComplaintFigures.NONE);
            result.put(key, c.with(clocks.getOrDefault(key, List.of())));
        }
        return result;
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private Map<String, ComplaintFigures> complaintFigures(StatisticsSlice slice, String group, String onlyDispatched) {
        FactConditions where = FactConditions.of(slice);
        String zone = slice.zone().getId();
        Param<OffsetDateTime> from = timestamp(slice.from());
        Param<OffsetDateTime> to = timestamp(slice.to());
        // Working-day numbers: the count of working days up to each day. A complaint received more
        // than MAX_DAYS before the period's start has no working days (left out of those percentiles).
        LocalDate firstDay = slice.from().atZone(slice.zone()).toLocalDate().minusDays(StatisticsPeriod.MAX_DAYS);
        LocalDate lastDay = slice.to().atZone(slice.zone()).toLocalDate().plusDays(1);
        String sql = """
                with wd as (
                    select g.day::date as day,
                           sum(case when coalesce(c.kind = 'MAKE_UP_WORKING_DAY',
                                                  extract(isodow from g.day) < 6) then 1 else 0 end)
                               over (order by g.day) as n
                    from generate_series(?::date, ?::date, interval '1 day') as g (day)
                    left join calendar_day c on c.day = g.day::date
                ),
                s as (
                    select %s as grp, f.*,
                           f.received_at >= ?::timestamptz and f.received_at < ?::timestamptz as rin,
                           coalesce(f.replied_at >= ?::timestamptz and f.replied_at < ?::timestamptz, false) as pin,
                           coalesce(f.closed_at >= ?::timestamptz and f.closed_at < ?::timestamptz, false) and f.accepted and not f.withdrawn as cin,
                           coalesce(f.callback_recorded_at >= ?::timestamptz and f.callback_recorded_at < ?::timestamptz, false) as kin
                    from complaint_fact f
                    where %s%s and ((f.received_at >= ?::timestamptz and f.received_at < ?::timestamptz)
                                   or (f.replied_at >= ?::timestamptz and f.replied_at < ?::timestamptz)
                                   or (f.closed_at >= ?::timestamptz and f.closed_at < ?::timestamptz)
                                   or (f.callback_recorded_at >= ?::timestamptz and f.callback_recorded_at < ?::timestamptz))
                )
                select s.grp,
                       count(*) filter (where rin),
                       count(*) filter (where rin and s.repeat),
                       count(*) filter (where pin),
                       count(*) filter (where pin and s.reopenings > 0),
                       count(*) filter (where pin and s.review_requested),
                       percentile_cont(array[0.5, 0.9]) within group
                           (order by extract(epoch from s.replied_at - s.received_at) / 3600) filter (where pin),
                       percentile_cont(array[0.5, 0.9]) within group (order by wp.n - wr.n) filter (where pin),
                       count(*) filter (where cin),
                       percentile_cont(array[0.5, 0.9]) within group
                           (order by extract(epoch from s.closed_at - s.received_at) / 3600) filter (where cin),
                       percentile_cont(array[0.5, 0.9]) within group (order by wc.n - wr.n) filter (where cin),
                       count(*) filter (where cin and s.resolution_standing
                                        and s.callback_satisfaction is distinct from 'UNSATISFIED'),
                       count(*) filter (where kin and s.callback_satisfaction = 'SATISFIED'),
                       count(*) filter (where kin and s.callback_satisfaction = 'BASICALLY_SATISFIED'),
                       count(*) filter (where kin and s.callback_satisfaction = 'UNSATISFIED'),
                       count(*) filter (where kin and s.callback_satisfaction is null)
                from s
                left join wd wr on wr.day = (s.received_at at time zone ?)::date
                left join wd wp on wp.day = (s.replied_at at time zone ?)::date
                left join wd wc on wc.day = (s.closed_at at time zone ?)::date
                group by s.grp
                """.formatted(group, where.sql, onlyDispatched);
        List<Object> binds = new ArrayList<>(List.of(firstDay, lastDay));
        for (int i = 0; i < 4; i++) {
            binds.add(from);
            binds.add(to);
        }
        binds.addAll(where.binds);
        for (int i = 0; i < 4; i++) {
            binds.add(from);
            binds.add(to);
        }
        binds.addAll(List.of(zone, zone, zone));
        Map<String, ComplaintFigures> figures = new TreeMap<>();
        for (Record r : dsl.resultQuery(sql, binds.toArray()).fetch()) {
            figures.put(r.get(0, String.class), new ComplaintFigures(
                    r.get(1, Long.class), new Rate(r.get(2, Long.class), r.get(1, Long.class)),
                    duration(r.get(3, Long.class), r.get(6, Double[].class), r.get(7, Double[].class)),
                    new Rate(r.get(4, Long.class), r.get(3, Long.class)),
                    new Rate(r.get(5, Long.class), r.get(3, Long.class)),
                    duration(r.get(8, Long.class), r.get(9, Double[].class), r.get(10, Double[].class)),
                    new Rate(r.get(11, Long.class), r.get(8, Long.class)),
                    new SatisfactionCounts(r.get(12, Long.class), r.get(13, Long.class), r.get(14, Long.class),
                            r.get(15, Long.class))));
        }
        return figures;
    }

    private Map<String, List<ClockIndicator>> clockFigures(StatisticsSlice slice, String group, String onlyDispatched,
                                                           Instant now) {
        FactConditions where = FactConditions.of(slice);
        Param<OffsetDateTime> at = timestamp(now);
        String sql = """
                select %s, c.clock,
                       count(*) filter (where c.outcome = 'MET_IN_TIME'),
                       count(*) filter (where c.outcome in ('MET_LATE', 'STOPPED_LATE')
                                        or (c.outcome = 'RUNNING' and c.due <= ?::timestamptz)),
                       count(*) filter (where c.outcome = 'RUNNING' and c.due > ?::timestamptz)
                from complaint_clock_fact c
                join complaint_fact f on f.tenant = c.tenant and f.complaint_id = c.complaint_id
                where c.tenant = ? and c.due >= ?::timestamptz and c.due < ?::timestamptz and %s%s
                group by 1, 2
                """.formatted(group, where.sql, onlyDispatched);
        List<Object> binds = new ArrayList<>(List.of(at, at, slice.scope().top().value(), timestamp(slice.from()),
                timestamp(slice.to())));
        binds.addAll(where.binds);
        Map<String, Map<ClockKind, ClockIndicator>> byGroup = new TreeMap<>();
        for (Record r : dsl.resultQuery(sql, binds.toArray()).fetch()) {
            ClockKind kind = ClockKind.valueOf(r.get(1, String.class));
            ClockIndicator indicator = new ClockIndicator(kind, r.get(2, Long.class), r.get(3, Long.class),
                    r.get(4, Long.class));
            if (indicator.due() + indicator.pending() > 0) {
                byGroup.computeIfAbsent(r.get(0, String.class), k -> new EnumMap<>(ClockKind.class)).put(kind, indicator);
            }
        }
        Map<String, List<ClockIndicator>> result = new TreeMap<>();
        byGroup.forEach((k, v) -> result.put(k, List.copyOf(v.values())));
        return result;
    }

    private static DurationSummary duration(long count, Double[] hours, Double[] workingDays) {
        if (count == 0) {
            return DurationSummary.NONE;
        }
        return new DurationSummary(count, at(hours, 0), at(hours, 1), at(workingDays, 0), at(workingDays, 1));
    }

    private static Optional<Double> at(Double[] values, int i) {
        return values == null ? Optional.empty() : Optional.ofNullable(Arrays.asList(values).get(i));
    }

    private static HandlingIndicators empty() {
        return ComplaintFigures.NONE.with(List.of());
    }

    /** A typed bind: plain SQL would send an untyped value as text. */
    private static Param<OffsetDateTime> timestamp(Instant instant) {
        return DSL.val(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The figures over complaints (all but the clocks). */
    private record ComplaintFigures(long received, Rate repeat, DurationSummary timeToReply, Rate reopen, Rate review,
                                    DurationSummary timeToClose, Rate resolution, SatisfactionCounts satisfaction) {
        static final ComplaintFigures NONE = new ComplaintFigures(0, Rate.NONE, DurationSummary.NONE, Rate.NONE,
                Rate.NONE, DurationSummary.NONE, Rate.NONE, SatisfactionCounts.NONE);

        HandlingIndicators with(List<ClockIndicator> clocks) {
            return new HandlingIndicators(received, clocks, timeToReply, timeToClose, reopen, review, repeat,
                    satisfaction, resolution);
        }
    }
}
