package org.complaintdesk.adapters.postgres.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.complaintdesk.application.statistics.ClockIndicator;
import org.complaintdesk.application.statistics.DurationSummary;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.Rate;
import org.complaintdesk.application.statistics.SatisfactionCounts;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.domain.handling.ClockKind;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The indicators computed in Java from the raw complaint rows and clock rounds, as the contract
 * defines them: the reference the statistics store is checked against, whichever of its paths
 * (the facts or the rollup) answers. The scope is selected by the unit codes on the complaint row,
 * not by the fact table.
 */
final class StatisticsReference {
    private final DSLContext dsl;
    private final ZoneId zone;
    private final Instant now;

    StatisticsReference(DSLContext dsl, ZoneId zone, Instant now) {
        this.dsl = dsl;
        this.zone = zone;
        this.now = now;
    }

    /** The complaints a unit reaches, by the unit codes on the complaint row (two binds: the unit twice). */
    static String reach() {
        return "exists (select 1 from unnest(array[org_unit, coalesce(intake_unit, org_unit), lead_department]"
                + " || coalesce(co_handling_departments, '{}')) u where u = ?::text or u like ?::text || '/%')";
    }

    private record Raw(Instant received, Optional<Instant> replied, Optional<Instant> closed,
                       Optional<Instant> callback, String satisfaction, boolean accepted, boolean withdrawn,
                       int reopenings, boolean review, String approval, boolean repeat) {
    }

    /** The indicators of the scope's complaints in the period; {@code extra} narrows them (SQL on complaint c). */
    HandlingIndicators indicators(String scope, StatisticsPeriod period, String extra) {
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().atStartOfDay(zone).toInstant();
        List<Raw> raws = dsl.fetch("select c.received_at, c.replied_at, c.closed_at, c.callback_recorded_at, "
                        + "c.callback_satisfaction, c.accepted_at is not null, c.withdrawn_at is not null, c.reopenings, "
                        + "c.review_requested_at is not null, c.resolution_approval, exists (select 1 from complaint e "
                        + "where e.complainant_phone_index = c.complainant_phone_index and e.id <> c.id "
                        + "and e.received_at < c.received_at and e.received_at >= c.received_at - interval '30 days') "
                        + "from complaint c where " + reach() + extra, scope, scope)
                .map(r -> new Raw(r.get(0, Instant.class), Optional.ofNullable(r.get(1, Instant.class)),
                        Optional.ofNullable(r.get(2, Instant.class)), Optional.ofNullable(r.get(3, Instant.class)),
                        r.get(4, String.class), r.get(5, Boolean.class), r.get(6, Boolean.class),
                        r.get(7, Integer.class), r.get(8, Boolean.class), r.get(9, String.class),
                        r.get(10, Boolean.class)));
        WorkingDays workingDays = workingDays();
        List<Raw> received = raws.stream().filter(r -> in(r.received, from, to)).toList();
        List<Raw> replied = raws.stream().filter(r -> r.replied.filter(t -> in(t, from, to)).isPresent()).toList();
        List<Raw> closed = raws.stream().filter(r -> r.closed.filter(t -> in(t, from, to)).isPresent()
                && r.accepted && !r.withdrawn).toList();
        List<Raw> called = raws.stream().filter(r -> r.callback.filter(t -> in(t, from, to)).isPresent()).toList();
        var satisfaction = new SatisfactionCounts(
                called.stream().filter(r -> "SATISFIED".equals(r.satisfaction)).count(),
                called.stream().filter(r -> "BASICALLY_SATISFIED".equals(r.satisfaction)).count(),
                called.stream().filter(r -> "UNSATISFIED".equals(r.satisfaction)).count(),
                called.stream().filter(r -> r.satisfaction == null).count());
        return new HandlingIndicators(received.size(), clocks(scope, extra, from, to),
                durations(replied, r -> r.replied.orElseThrow(), workingDays),
                durations(closed, r -> r.closed.orElseThrow(), workingDays),
                new Rate(replied.stream().filter(r -> r.reopenings > 0).count(), replied.size()),
                new Rate(replied.stream().filter(r -> r.review).count(), replied.size()),
                new Rate(received.stream().filter(r -> r.repeat).count(), received.size()),
                satisfaction,
                new Rate(closed.stream().filter(r -> ("APPROVED".equals(r.approval) || "NOT_REQUIRED".equals(r.approval))
                        && !"UNSATISFIED".equals(r.satisfaction)).count(), closed.size()));
    }

    /** The working days of the calendar as it stands now. */
    WorkingDays workingDays() {
        Set<LocalDate> holidays = new HashSet<>(dsl.fetch("select day from calendar_day where kind = 'HOLIDAY'")
                .getValues(0, LocalDate.class));
        Set<LocalDate> makeUp = new HashSet<>(dsl.fetch("select day from calendar_day where kind = 'MAKE_UP_WORKING_DAY'")
                .getValues(0, LocalDate.class));
        return new WorkingDays(holidays, makeUp, zone);
    }

    private List<ClockIndicator> clocks(String scope, String extra, Instant from, Instant to) {
        Map<ClockKind, long[]> counts = new TreeMap<>();
        List<Object> binds = new ArrayList<>(List.of(scope, scope, from.toString(), to.toString()));
        // Only the round's own columns: the complaint's (also on the round since V17) come from the complaint.
        for (Record r : dsl.fetch("select k.clock, k.outcome, k.due from (select complaint_id, clock, outcome, due "
                + "from complaint_clock_fact) k join complaint c on c.id = k.complaint_id where "
                + reach().replace("org_unit", "c.org_unit")
                + extra + " and k.due >= ?::timestamptz and k.due < ?::timestamptz", binds.toArray())) {
            long[] c = counts.computeIfAbsent(ClockKind.valueOf(r.get(0, String.class)), k -> new long[3]);
            String outcome = r.get(1, String.class);
            boolean due = !r.get(2, Instant.class).isAfter(now);
            switch (outcome) {
                case "MET_IN_TIME" -> c[0]++;
                case "MET_LATE", "STOPPED_LATE" -> c[1]++;
                case "RUNNING" -> c[due ? 1 : 2]++;
                default -> { }
            }
        }
        List<ClockIndicator> result = new ArrayList<>();
        counts.forEach((k, c) -> {
            if (c[0] + c[1] + c[2] > 0) {
                result.add(new ClockIndicator(k, c[0], c[1], c[2]));
            }
        });
        return result;
    }

    private static boolean in(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    private static DurationSummary durations(List<Raw> rows, Function<Raw, Instant> end, WorkingDays workingDays) {
        if (rows.isEmpty()) {
            return DurationSummary.NONE;
        }
        double[] hours = rows.stream().mapToDouble(r -> hours(r.received, end.apply(r))).sorted().toArray();
        double[] days = rows.stream().mapToDouble(r -> workingDays.between(r.received, end.apply(r))).sorted().toArray();
        return new DurationSummary(rows.size(), Optional.of(percentile(hours, 0.5)), Optional.of(percentile(hours, 0.9)),
                Optional.of(percentile(days, 0.5)), Optional.of(percentile(days, 0.9)));
    }

    /** Elapsed hours rounded to a tenth, as the indicators count them (V17). */
    static double hours(Instant start, Instant end) {
        return Math.round((end.getEpochSecond() - start.getEpochSecond()) / 360.0) / 10.0;
    }

    /** Linear interpolation between the nearest ranks (PostgreSQL's percentile_cont). */
    static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    /** Working days after the start's day up to and including the end's day, in the zone. */
    record WorkingDays(Set<LocalDate> holidays, Set<LocalDate> makeUp, ZoneId zone) {
        long between(Instant start, Instant end) {
            LocalDate day = start.atZone(zone).toLocalDate().plusDays(1);
            LocalDate last = end.atZone(zone).toLocalDate();
            long n = 0;
            for (; !day.isAfter(last); day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                if (makeUp.contains(day) || (!weekend && !holidays.contains(day))) {
                    n++;
                }
            }
            return n;
        }
    }

    static void assertIndicators(HandlingIndicators actual, HandlingIndicators expected, String what) {
        assertThat(actual.received()).as(what + " received").isEqualTo(expected.received());
        assertThat(actual.clocks()).as(what + " clocks").isEqualTo(expected.clocks());
        assertThat(actual.reopenRate()).as(what + " reopen").isEqualTo(expected.reopenRate());
        assertThat(actual.reviewRate()).as(what + " review").isEqualTo(expected.reviewRate());
        assertThat(actual.repeatRate()).as(what + " repeat").isEqualTo(expected.repeatRate());
        assertThat(actual.satisfaction()).as(what + " satisfaction").isEqualTo(expected.satisfaction());
        assertThat(actual.resolutionRate()).as(what + " resolution").isEqualTo(expected.resolutionRate());
        assertDuration(actual.timeToReply(), expected.timeToReply(), what + " time to reply");
        assertDuration(actual.timeToClose(), expected.timeToClose(), what + " time to close");
    }

    private static void assertDuration(DurationSummary actual, DurationSummary expected, String what) {
        assertThat(actual.count()).as(what + " count").isEqualTo(expected.count());
        assertClose(actual.medianHours(), expected.medianHours(), what + " median hours");
        assertClose(actual.p90Hours(), expected.p90Hours(), what + " p90 hours");
        assertClose(actual.medianWorkingDays(), expected.medianWorkingDays(), what + " median working days");
        assertClose(actual.p90WorkingDays(), expected.p90WorkingDays(), what + " p90 working days");
    }

    private static void assertClose(Optional<Double> actual, Optional<Double> expected, String what) {
        assertThat(actual.isPresent()).as(what + " present").isEqualTo(expected.isPresent());
        actual.ifPresent(a -> assertThat(a).as(what).isCloseTo(expected.orElseThrow(),
                org.assertj.core.api.Assertions.within(1e-6)));
    }
}
