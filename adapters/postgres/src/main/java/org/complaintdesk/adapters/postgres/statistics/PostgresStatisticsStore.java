package org.complaintdesk.adapters.postgres.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.complaintdesk.application.port.out.StatisticsStore;
import org.complaintdesk.application.statistics.ClockIndicator;
import org.complaintdesk.application.statistics.CountRow;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.DurationSummary;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.Rate;
import org.complaintdesk.application.statistics.SatisfactionCounts;
import org.complaintdesk.application.statistics.StatisticsFilter;
import org.complaintdesk.application.statistics.StatisticsSlice;
import org.complaintdesk.application.statistics.TimeBucket;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Statistics over complaint_fact and complaint_clock_fact (V13__statistics_facts.sql,
 * V15__statistics_days.sql). Each method is one or two statements: the complaints of the slice are
 * found by the tenant and the period's time index that each figure counts by, the scope and filter
 * are conditions on the narrow fact row, whose local days and hours were computed when it was
 * written.
 */
public final class PostgresStatisticsStore implements StatisticsStore {
    /** The grouping key of indicators of the whole slice. */
    private static final String ALL = "";
    /**
     * For the percentiles' sorts of a year's replies, which spill to disk at the default 4 MB.
     * Custom plans: a generic plan cannot see which of the period's time indexes is selective. Parallel
     * workers as the server allows them, which the service's connections otherwise do without
     * ({@link org.complaintdesk.adapters.postgres.Database#SERIAL_QUERIES}).
     */
    private static final List<String> SESSION = List.of("set transaction read only", "set local work_mem = '64MB'",
            "set local plan_cache_mode = force_custom_plan", "set local max_parallel_workers_per_gather to default");

    private final DSLContext dsl;
    private final ZoneId zone;
    private final FactFold facts;

    /**
     * A store answering in {@code zone}, the business time zone. When the stored days were counted in
     * another zone (the setting changed), the first question counts them again in this one.
     */
    public PostgresStatisticsStore(DSLContext dsl, ZoneId zone) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.facts = new FactFold(dsl);
    }

    @Override
    public List<CountRow> count(StatisticsSlice slice, List<Grouping> groupBy, TimeBucket bucket) {
        requireZone(slice);
        FactConditions where = FactConditions.of(slice);
        List<String> columns = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        // Counted first by the stored values, then bucketed and cut over those groups: truncating a
        // day to its week or a unit code to a depth once per group, not once per complaint.
        List<String> raw = new ArrayList<>();
        if (bucket != TimeBucket.NONE) {
            raw.add("f.received_day");
            // The day as a timestamp without zone: date_trunc on a date would convert it to an instant.
            columns.add(bucket == TimeBucket.DAY ? "c1"
                    : "date_trunc('" + bucket.name().toLowerCase() + "', c1::timestamp)::date");
        }
        for (Grouping g : groupBy) {
            raw.add(FactConditions.column(g));
            columns.add(FactConditions.key(g, "c" + raw.size()));
        }
        List<String> inner = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            inner.add(raw.get(i) + " as c" + (i + 1));
        }
        String positions = String.join(", ", java.util.stream.IntStream.rangeClosed(1, columns.size())
                .mapToObj(Integer::toString).toList());
        StringBuilder sql = new StringBuilder("select ");
        columns.forEach(c -> sql.append(c).append(", "));
        sql.append("sum(n)::bigint from (select ");
        inner.forEach(c -> sql.append(c).append(", "));
        sql.append("count(*) as n from complaint_fact f where ").append(where.sql)
                .append(" and f.received_at >= ?::timestamptz and f.received_at < ?::timestamptz");
        if (!columns.isEmpty()) {
            sql.append(" group by ").append(positions);
        }
        sql.append(") as g");
        binds.addAll(where.binds);
        binds.add(timestamp(slice.from()));
        binds.add(timestamp(slice.to()));
        if (!columns.isEmpty()) {
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
        for (Record r : read(d -> d.resultQuery(sql.toString(), binds.toArray()).fetch())) {
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
        return rows;
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
        requireZone(slice);
        String group = departmentDepth.map(d -> FactConditions.cut("f.lead_department", d)).orElse("''");
        String onlyDispatched = departmentDepth.isPresent() ? " and f.lead_department is not null" : "";
        Optional<LocalDate[]> months = wholeMonths(slice);
        Map<String, ComplaintFigures> complaints;
        Map<String, Map<ClockKind, long[]>> clocks = new TreeMap<>();
        if (months.isPresent()) {
            // The whole months of a scope, at most narrowed to a department, from the rollup (V17);
            // the days before and after them from the facts, counted the same way.
            String rollupGroup = departmentDepth.map(d -> FactConditions.cut("r.lead_department", d)).orElse("''");
            String rollupDispatched = departmentDepth.isPresent() ? " and r.lead_department is not null" : "";
            LocalDate first = months.get()[0];
            LocalDate end = months.get()[1];
            LocalDate fromDay = slice.from().atZone(zone).toLocalDate();
            LocalDate toDay = slice.to().atZone(zone).toLocalDate();
            Map<String, RollupTally> tallies = new TreeMap<>();
            rollupComplaintFigures(slice, first, end, rollupGroup, rollupDispatched, tallies);
            List<LocalDate[]> edges = spans(fromDay, first, end, toDay);
            if (!edges.isEmpty()) {
                factComplaintFigures(slice, edges, group, onlyDispatched, tallies);
            }
            complaints = new TreeMap<>();
            tallies.forEach((key, tally) -> complaints.put(key, tally.figures()));
            // Rounds due before this month were all due by now; those of this month and later are
            // split by now, which only the rounds themselves can tell.
            LocalDate thisMonth = YearMonth.from(now.atZone(zone)).atDay(1);
            LocalDate rollupEnd = end.isBefore(thisMonth) ? end : first.isAfter(thisMonth) ? first : thisMonth;
            if (first.isBefore(rollupEnd)) {
                add(clocks, rollupClockFigures(slice, first, rollupEnd, rollupGroup, rollupDispatched));
            }
            List<LocalDate[]> rest = spans(fromDay, first, rollupEnd, toDay);
            if (!rest.isEmpty()) {
                add(clocks, clockFigures(slice, instants(rest), departmentDepth, now));
            }
        } else {
            // One scan for every complaint figure, then one over the clock rounds. Measured at a
            // million complaints, neither a scan per figure nor the two scans side by side on two
            // connections answered sooner on this 2-core machine.
            complaints = complaintFigures(slice, group, onlyDispatched);
            add(clocks, clockFigures(slice, List.<Instant[]>of(new Instant[] {slice.from(), slice.to()}),
                    departmentDepth, now));
        }
        // A group whose rounds were neither due nor pending has no clock figures (as none at all).
        clocks.values().forEach(byKind -> byKind.values().removeIf(c -> c[0] + c[1] + c[2] == 0));
        clocks.values().removeIf(Map::isEmpty);
        Map<String, HandlingIndicators> result = new TreeMap<>();
        for (String key : union(complaints.keySet(), clocks.keySet())) {
            ComplaintFigures c = complaints.getOrDefault(key, ComplaintFigures.NONE);
            result.put(key, c.with(indicators(clocks.getOrDefault(key, Map.of()))));
        }
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private Map<String, ComplaintFigures> complaintFigures(StatisticsSlice slice, String group, String onlyDispatched) {
        FactConditions where = FactConditions.of(slice);
        Param<OffsetDateTime> from = timestamp(slice.from());
        Param<OffsetDateTime> to = timestamp(slice.to());
        // Hours rounded to a tenth and the working days stored on the fact (V17), as the rollup
        // counts them: the contract's definitions, whichever of the two answers.
        String sql = """
                select s.grp,
                       count(*) filter (where rin),
                       count(*) filter (where rin and s.repeat),
                       count(*) filter (where pin),
                       count(*) filter (where pin and s.reopenings > 0),
                       count(*) filter (where pin and s.review_requested),
                       percentile_cont(array[0.5, 0.9]) within group (order by floor(s.reply_hours * 10 + 0.5) / 10)
                           filter (where pin),
                       percentile_cont(array[0.5, 0.9]) within group (order by s.reply_working_days)
                           filter (where pin),
                       count(*) filter (where cin),
                       percentile_cont(array[0.5, 0.9]) within group (order by floor(s.close_hours * 10 + 0.5) / 10)
                           filter (where cin),
                       percentile_cont(array[0.5, 0.9]) within group (order by s.close_working_days)
                           filter (where cin),
                       count(*) filter (where cin and s.resolution_standing and not coalesce(%s, false)),
                       count(*) filter (where kin and s.callback_satisfaction = 'SATISFIED'),
                       count(*) filter (where kin and s.callback_satisfaction = 'BASICALLY_SATISFIED'),
                       count(*) filter (where kin and %s),
                       count(*) filter (where kin and not %s)
                from (
                    select %s as grp, f.repeat, f.reopenings, f.review_requested, f.resolution_standing,
                           f.callback_satisfaction, f.reply_hours, f.close_hours, f.reply_working_days,
                           f.close_working_days,
                           f.received_at >= ?::timestamptz and f.received_at < ?::timestamptz as rin,
                           coalesce(f.replied_at >= ?::timestamptz and f.replied_at < ?::timestamptz, false) as pin,
                           coalesce(f.closed_at >= ?::timestamptz and f.closed_at < ?::timestamptz, false)
                               and f.accepted and not f.withdrawn as cin,
                           coalesce(f.callback_recorded_at >= ?::timestamptz
                                    and f.callback_recorded_at < ?::timestamptz, false) as kin
                    from complaint_fact f
                    where %s%s and ((f.received_at >= ?::timestamptz and f.received_at < ?::timestamptz)
                                   or (f.replied_at >= ?::timestamptz and f.replied_at < ?::timestamptz)
                                   or (f.closed_at >= ?::timestamptz and f.closed_at < ?::timestamptz)
                                   or (f.callback_recorded_at >= ?::timestamptz
                                       and f.callback_recorded_at < ?::timestamptz))
                ) as s
                group by s.grp
                """.formatted(FactConditions.unsatisfied("s"), FactConditions.unsatisfied("s"), FactConditions.verdictGiven("s"), group, where.sql, onlyDispatched);
        List<Object> binds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            binds.add(from);
            binds.add(to);
        }
        binds.addAll(where.binds);
        for (int i = 0; i < 4; i++) {
            binds.add(from);
            binds.add(to);
        }
        Map<String, ComplaintFigures> figures = new TreeMap<>();
        for (Record r : read(d -> d.resultQuery(sql, binds.toArray()).fetch())) {
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

    /**
     * The clock rounds due within {@code spans}, each [from, to), from the rounds themselves: alone
     * when the slice is a scope, at most narrowed to a department (they carry their complaint's
     * units, V17), joined to their complaints' facts for the other filters.
     */
    private Map<String, Map<ClockKind, long[]>> clockFigures(StatisticsSlice slice, List<Instant[]> spans,
                                                           Optional<Integer> departmentDepth, Instant now) {
        boolean alone = rolledUp(slice.filter());
        String alias = alone ? "c" : "f";
        FactConditions where = FactConditions.of(slice, alias);
        String group = departmentDepth.map(d -> FactConditions.cut(alias + ".lead_department", d)).orElse("''");
        String onlyDispatched = departmentDepth.isPresent() ? " and " + alias + ".lead_department is not null" : "";
        Param<OffsetDateTime> at = timestamp(now);
        String sql = """
                select %s, c.clock,
                       count(*) filter (where c.outcome = 'MET_IN_TIME'),
                       count(*) filter (where c.outcome in ('MET_LATE', 'STOPPED_LATE')
                                        or (c.outcome = 'RUNNING' and c.due <= ?::timestamptz)),
                       count(*) filter (where c.outcome = 'RUNNING' and c.due > ?::timestamptz)
                from complaint_clock_fact c
                %s
                where c.tenant = ? and %s and %s%s
                group by 1, 2
                """.formatted(group, alone ? "" : "join complaint_fact f on f.tenant = c.tenant and f.complaint_id = c.complaint_id",
                within("c.due", spans), where.sql, onlyDispatched);
        List<Object> binds = new ArrayList<>(List.of(at, at, slice.scope().top().value()));
        binds.addAll(where.binds);
        Map<String, Map<ClockKind, long[]>> byGroup = new TreeMap<>();
        for (Record r : read(d -> d.resultQuery(sql, binds.toArray()).fetch())) {
            long[] counts = byGroup.computeIfAbsent(r.get(0, String.class), k -> new EnumMap<>(ClockKind.class))
                    .computeIfAbsent(ClockKind.valueOf(r.get(1, String.class)), k -> new long[3]);
            counts[0] += r.get(2, Long.class);
            counts[1] += r.get(3, Long.class);
            counts[2] += r.get(4, Long.class);
        }
        return byGroup;
    }

    /**
     * Adds the complaint figures of whole months [first, end) from the rollup and the changes not
     * yet folded into it: the rows of each group summed by the values they count.
     */
    private void rollupComplaintFigures(StatisticsSlice slice, LocalDate first, LocalDate end, String group,
                                        String onlyDispatched, Map<String, RollupTally> tallies) {
        RollupRows rows = RollupRows.of(slice, onlyDispatched, "r.figure <> 'CLOCK'", first, end);
        // A row and the changes that took its complaints away add up to none: a group left with
        // none is no group, as the facts would not find it either.
        String sql = """
                select %s, r.figure, r.hours_tenths, r.working_days, r.repeat, r.reopened, r.reviewed, r.resolved,
                       r.satisfaction, sum(r.complaints)::bigint
                from %s
                group by 1, 2, 3, 4, 5, 6, 7, 8, 9
                having sum(r.complaints) <> 0
                """.formatted(group, rows.sql());
        List<Object> binds = rows.binds();
        tally(sql, binds, tallies);
    }

    /**
     * Adds the complaint figures of the days of {@code spans} from the facts, counted as the rollup
     * counts them (statistics_fact_figures, V17): for the days of a period outside its whole months.
     */
    private void factComplaintFigures(StatisticsSlice slice, List<LocalDate[]> spans, String group,
                                      String onlyDispatched, Map<String, RollupTally> tallies) {
        FactConditions where = FactConditions.of(slice);
        StringBuilder days = new StringBuilder();
        StringBuilder times = new StringBuilder();
        List<Object> dayBinds = new ArrayList<>();
        for (LocalDate[] span : spans) {
            days.append(days.isEmpty() ? "" : " or ").append("(g.day >= ? and g.day < ?)");
            dayBinds.add(span[0]);
            dayBinds.add(span[1]);
            List<Instant[]> one = instants(List.<LocalDate[]>of(span));
            for (String column : List.of("f.received_at", "f.replied_at", "f.closed_at", "f.callback_recorded_at")) {
                times.append(times.isEmpty() ? "" : " or ").append(within(column, one));
            }
        }
        String sql = """
                select %s, g.figure, g.hours_tenths, g.working_days, g.repeat, g.reopened, g.reviewed, g.resolved,
                       g.satisfaction, count(*)
                from complaint_fact f
                cross join lateral statistics_fact_figures(f.received_day, f.replied_day, f.closed_day,
                    f.callback_recorded_at, f.reply_hours, f.close_hours, f.reply_working_days, f.close_working_days,
                    f.repeat, f.reopenings, f.review_requested, f.accepted, f.withdrawn, f.resolution_standing,
                    f.callback_satisfaction, ?) g
                where %s%s and (%s) and (%s)
                group by 1, 2, 3, 4, 5, 6, 7, 8, 9
                """.formatted(group, where.sql, onlyDispatched, times, days);
        List<Object> binds = new ArrayList<>();
        binds.add(zone.getId());
        binds.addAll(where.binds);
        binds.addAll(dayBinds);
        tally(sql, binds, tallies);
    }

    /** Adds rows of (group, figure, the values it counts, complaints) to the groups' tallies. */
    private void tally(String sql, List<Object> binds, Map<String, RollupTally> tallies) {
        for (Record r : read(d -> d.resultQuery(sql, binds.toArray()).fetch())) {
            tallies.computeIfAbsent(r.get(0, String.class), k -> new RollupTally()).add(r.get(1, String.class),
                    r.get(2, Integer.class), r.get(3, Integer.class), r.get(4, Boolean.class), r.get(5, Boolean.class),
                    r.get(6, Boolean.class), r.get(7, Boolean.class), r.get(8, String.class), r.get(9, Long.class));
        }
    }

    /** The non-empty spans of days [a, b) and [c, d). */
    private static List<LocalDate[]> spans(LocalDate a, LocalDate b, LocalDate c, LocalDate d) {
        List<LocalDate[]> spans = new ArrayList<>();
        if (a.isBefore(b)) {
            spans.add(new LocalDate[] {a, b});
        }
        if (c.isBefore(d)) {
            spans.add(new LocalDate[] {c, d});
        }
        return spans;
    }

    /** The column's instant within one of {@code spans}, each [from, to), their bounds as typed literals. */
    private static String within(String column, List<Instant[]> spans) {
        StringBuilder sql = new StringBuilder("(");
        for (Instant[] span : spans) {
            // Typed literals of ISO instants the service computed (see timestamp), never caller text.
            sql.append(sql.length() == 1 ? "" : " or ").append("(").append(column).append(" >= timestamptz '")
                    .append(span[0]).append("' and ").append(column).append(" < timestamptz '").append(span[1])
                    .append("')");
        }
        return sql.append(")").toString();
    }

    /** Spans of days as the instants of their days' starts. */
    private List<Instant[]> instants(List<LocalDate[]> days) {
        return days.stream().map(d -> new Instant[] {d[0].atStartOfDay(zone).toInstant(),
                d[1].atStartOfDay(zone).toInstant()}).toList();
    }

    /** The clock rounds due in whole months before this one, from the rollup: every running round is late. */
    private Map<String, Map<ClockKind, long[]>> rollupClockFigures(StatisticsSlice slice, LocalDate from, LocalDate to,
                                                                   String group, String onlyDispatched) {
        RollupRows rows = RollupRows.of(slice, onlyDispatched, "r.figure = 'CLOCK'", from, to);
        String sql = """
                select %s, r.clock,
                       sum(r.complaints) filter (where r.outcome = 'MET_IN_TIME')::bigint,
                       sum(r.complaints) filter (where r.outcome in ('MET_LATE', 'STOPPED_LATE', 'RUNNING'))::bigint
                from %s
                group by 1, 2
                having sum(r.complaints) <> 0
                """.formatted(group, rows.sql());
        List<Object> binds = rows.binds();
        Map<String, Map<ClockKind, long[]>> byGroup = new TreeMap<>();
        for (Record r : read(d -> d.resultQuery(sql, binds.toArray()).fetch())) {
            long[] counts = byGroup.computeIfAbsent(r.get(0, String.class), k -> new EnumMap<>(ClockKind.class))
                    .computeIfAbsent(ClockKind.valueOf(r.get(1, String.class)), k -> new long[3]);
            counts[0] += Optional.ofNullable(r.get(2, Long.class)).orElse(0L);
            counts[1] += Optional.ofNullable(r.get(3, Long.class)).orElse(0L);
        }
        return byGroup;
    }

    private static void add(Map<String, Map<ClockKind, long[]>> into, Map<String, Map<ClockKind, long[]>> more) {
        more.forEach((key, byKind) -> byKind.forEach((kind, counts) -> {
            long[] sum = into.computeIfAbsent(key, k -> new EnumMap<>(ClockKind.class))
                    .computeIfAbsent(kind, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                sum[i] += counts[i];
            }
        }));
    }

    private static List<ClockIndicator> indicators(Map<ClockKind, long[]> byKind) {
        List<ClockIndicator> list = new ArrayList<>();
        byKind.forEach((kind, c) -> list.add(new ClockIndicator(kind, c[0], c[1], c[2])));
        return list;
    }

    /**
     * The whole months [first, end) within the period, when it has one and the slice is a scope at
     * most narrowed to a lead department: what the rollup can answer. Other filters read the facts.
     */
    private static Optional<LocalDate[]> wholeMonths(StatisticsSlice slice) {
        ZonedDateTime from = slice.from().atZone(slice.zone());
        ZonedDateTime to = slice.to().atZone(slice.zone());
        if (!rolledUp(slice.filter()) || !isDayStart(from) || !isDayStart(to)) {
            return Optional.empty();
        }
        LocalDate first = from.getDayOfMonth() == 1 ? from.toLocalDate() : from.toLocalDate().withDayOfMonth(1).plusMonths(1);
        LocalDate end = to.toLocalDate().withDayOfMonth(1);
        return first.isBefore(end) ? Optional.of(new LocalDate[] {first, end}) : Optional.empty();
    }

    /** Whether the filter narrows no further than the rollup's rows and the clock rounds can tell. */
    private static boolean rolledUp(StatisticsFilter f) {
        return f.utilityDomain().isEmpty() && f.nature().isEmpty() && f.topic().isEmpty() && f.channel().isEmpty()
                && f.kind().isEmpty() && f.severity().isEmpty();
    }

    private static boolean isDayStart(ZonedDateTime t) {
        return t.equals(t.toLocalDate().atStartOfDay(t.getZone()));
    }

    /**
     * Folds the rollup's appended changes into it (V17), unless another instance is folding them:
     * run now and then, so that questions add few changes to the rollup.
     *
     * @return the rollup rows written, or 0 when another instance was folding
     */
    public long compactRollup() {
        return dsl.transactionResult(tx -> {
            boolean mine = Boolean.TRUE.equals(tx.dsl().resultQuery(
                    "select pg_try_advisory_xact_lock(hashtext('statistics_rollup_compact'))").fetchOne(0, Boolean.class));
            return mine ? tx.dsl().resultQuery("select statistics_rollup_compact()").fetchOne(0, Long.class) : 0L;
        });
    }

    /**
     * Folds the facts of the next complaints changed since the last fold (V19), unless another
     * instance is folding: run often, so that a question has little left to fold.
     *
     * @return the positions the fold moved past ({@link FactFold#BATCH} when more may be waiting),
     *     or -1 when another fold was in progress
     */
    public int foldFacts() {
        return facts.next();
    }

    /**
     * Runs a question in a read-only transaction of its own, with the settings of {@link #SESSION},
     * after folding what the facts still lack.
     */
    private <T> T read(Function<DSLContext, T> question) {
        countDaysInZone();
        facts.beforeQuestion();
        return dsl.transactionResult(tx -> {
            SESSION.forEach(tx.dsl()::execute);
            return question.apply(tx.dsl());
        });
    }

    /** Brings the facts' days to this store's zone, which new facts are then written in too (V15). */
    private void countDaysInZone() {
        if (zone.getId().equals(dsl.resultQuery("select time_zone from statistics_setting").fetchOne(0, String.class))) {
            return;
        }
        dsl.transaction(tx -> {
            String stored = tx.dsl().resultQuery("select time_zone from statistics_setting for update").fetchOne(0, String.class);
            if (!zone.getId().equals(stored)) {
                tx.dsl().execute("select complaint_fact_recount_days(?)", zone.getId());
            }
        });
    }

    private void requireZone(StatisticsSlice slice) {
        if (!slice.zone().equals(zone)) {
            throw new IllegalArgumentException("this store counts days in " + zone + ", not " + slice.zone());
        }
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

    /**
     * An instant written into the statement as a typed literal, which PostgreSQL folds to a constant
     * once. As a bind it arrives as text, and its cast to timestamptz depends on the session's time
     * zone, so the planner may not fold it: measured at a million facts, the casts in the filters
     * and select list, evaluated per row, took 13 of the indicators' 15 seconds. The value is an
     * Instant the service computed, never text from a caller.
     */
    private static Param<OffsetDateTime> timestamp(Instant instant) {
        return DSL.inline(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The rollup's rows and its changes not yet folded, of a slice's months [first, end), as {@code r}. */
    private record RollupRows(String sql, List<Object> binds) {
        static RollupRows of(StatisticsSlice slice, String onlyDispatched, String figures, LocalDate first,
                             LocalDate end) {
            FactConditions where = FactConditions.of(slice, "r");
            String rows = "select * from %s r where " + where.sql + onlyDispatched
                    + " and r.month >= ? and r.month < ? and " + figures;
            List<Object> binds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                binds.addAll(where.binds);
                binds.add(first);
                binds.add(end);
            }
            return new RollupRows("(" + rows.formatted("statistics_rollup") + " union all "
                    + rows.formatted("statistics_rollup_change") + ") as r", binds);
        }
    }
}
