package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.at;

import com.google.type.Date;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.ClockIndicator;
import org.complaintdesk.api.v1.Comparison;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintStatisticsServiceGrpc;
import org.complaintdesk.api.v1.ComputeDepartmentIndicatorsRequest;
import org.complaintdesk.api.v1.ComputeIndicatorsRequest;
import org.complaintdesk.api.v1.CountComplaintsRequest;
import org.complaintdesk.api.v1.CountComplaintsResponse;
import org.complaintdesk.api.v1.DeclineReason;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.Grouping;
import org.complaintdesk.api.v1.HandlingIndicators;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.Satisfaction;
import org.complaintdesk.api.v1.StatisticsDimension;
import org.complaintdesk.api.v1.StatisticsFilter;
import org.complaintdesk.api.v1.TimeBucket;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.complaintdesk.bootstrap.MonitorSettings;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Statistics through the real server: complaints taken through their lives over two months by the
 * API, with the monitor timing them; every figure the service answers is compared with SQL over
 * the raw complaint rows and, for the time limits, with the clocks GetComplaint computes.
 * The register is built once; the tests only read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsEndToEndTest {
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

    private MovableClock clock;
    private ComplaintDesk desk;
    private ApiClient client;
    private Lifecycle life;
    private final List<Complaint> registered = new ArrayList<>();

    @BeforeAll
    void twoMonthsOfComplaints() throws InterruptedException {
        TestDatabase.clear();
        clock = new MovableClock(at("2026-10-12T09:00"), ClockReadings.SHANGHAI);
        desk = ComplaintDesk.startOn(TestDatabase.database(), clock, 0, HandlingPolicy.defaults(),
                Config.DEFAULT_CALENDAR_REFRESH, DeadlinePolicies.seedForAll(),
                MonitorSettings.every(Duration.ofMillis(50), alerts -> { }));
        client = new ApiClient(desk);
        life = new Lifecycle(client, clock);

        handled(billingComplaint(), Satisfaction.SATISFACTION_SATISFIED, true);
        handled(billingComplaint().setOrgUnit("gridco/east/cs").setChannel(Channel.CHANNEL_WEB),
                Satisfaction.SATISFACTION_BASICALLY_SATISFIED, true);
        // Unsatisfied: back to investigation, reopened.
        handled(billingComplaint(), Satisfaction.SATISFACTION_UNSATISFIED, false);
        life.decline(register(billingComplaint().setChannel(Channel.CHANNEL_WEB)),
                DeclineReason.DECLINE_REASON_OTHER_BODYS_DUTY);
        register(billingComplaint().setOrgUnit("gridco/east/cs"));

        advance(Duration.ofDays(28));
        handled(billingComplaint().setChannel(Channel.CHANNEL_WEB), Satisfaction.SATISFACTION_SATISFIED, true);
        life.withdraw(fresh(life.accept(register(billingComplaint()))));
        awaitTheMonitor();
    }

    @AfterAll
    void stop() throws InterruptedException {
        client.close();
        desk.close();
    }

    @Test
    void counts_by_channel_and_state_agree_with_sql_over_the_raw_rows_and_compare_with_the_month_before() {
        CountComplaintsResponse november = supervisor().countComplaints(CountComplaintsRequest.newBuilder()
                .setStartDate(date(NOVEMBER)).setEndDate(date(DECEMBER))
                .addGroupBy(Grouping.newBuilder().setDimension(StatisticsDimension.STATISTICS_DIMENSION_CHANNEL))
                .addGroupBy(Grouping.newBuilder().setDimension(StatisticsDimension.STATISTICS_DIMENSION_STATE))
                .setComparison(Comparison.COMPARISON_PREVIOUS_MONTH).build());
        assertThat(rows(november.getCounts())).isEqualTo(sqlCounts(NOVEMBER, DECEMBER));
        assertThat(rows(november.getComparisonCounts())).isEqualTo(sqlCounts(OCTOBER, NOVEMBER));
        assertThat(november.getCounts().getTotal()).isEqualTo(2);
        assertThat(november.getComparisonCounts().getTotal()).isEqualTo(5);
        assertThat(november.getComparisonCounts().getStartDate()).isEqualTo(date(OCTOBER));

        var byUnit = supervisor().countComplaints(CountComplaintsRequest.newBuilder()
                .setStartDate(date(OCTOBER)).setEndDate(date(DECEMBER)).setTimeBucket(TimeBucket.TIME_BUCKET_MONTH)
                .addGroupBy(Grouping.newBuilder().setDimension(StatisticsDimension.STATISTICS_DIMENSION_OWNING_UNIT)
                        .setUnitDepth(3)).build());
        assertThat(byUnit.getCounts().getRowsList()).extracting(r -> r.getBucketStartDate().getMonth() + " "
                + r.getKeys(0) + " " + r.getCount())
                .containsExactly("10 gridco/east 3", "10 gridco/east/cs 2", "11 gridco/east 2");
    }

    @Test
    void every_indicator_agrees_with_sql_over_the_raw_rows_and_with_the_clocks_the_complaints_show() {
        for (LocalDate[] period : List.of(new LocalDate[] {OCTOBER, NOVEMBER}, new LocalDate[] {NOVEMBER, DECEMBER})) {
            HandlingIndicators actual = supervisor().computeIndicators(ComputeIndicatorsRequest.newBuilder()
                    .setStartDate(date(period[0])).setEndDate(date(period[1])).build()).getIndicators().getIndicators();
            assertAgreesWithTheRawRows(actual, period[0], period[1], "");
        }
        HandlingIndicators october = supervisor().computeIndicators(ComputeIndicatorsRequest.newBuilder()
                .setStartDate(date(OCTOBER)).setEndDate(date(NOVEMBER)).build()).getIndicators().getIndicators();
        assertThat(october.getSatisfaction().getSatisfied()).isEqualTo(1);
        assertThat(october.getSatisfaction().getBasicallySatisfied()).isEqualTo(1);
        assertThat(october.getSatisfaction().getUnsatisfied()).isEqualTo(1);
        assertThat(october.getSatisfaction().getSatisfactionRate().getValue()).isCloseTo(2.0 / 3, within());
        assertThat(october.getReopenRate().getNumerator()).isEqualTo(1);
        assertThat(october.getResolutionRate().getNumerator()).isEqualTo(2);
        // All complaints share the complainant's phone: every one after the first is a repeat.
        assertThat(october.getRepeatRate().getNumerator()).isEqualTo(4);
        assertThat(october.getTimeToReply().hasMedianWorkingDays()).isTrue();
        assertThat(october.getClocksList()).isNotEmpty();
    }

    @Test
    void a_departments_indicators_are_those_of_the_complaints_dispatched_to_it() {
        var departments = supervisor().computeDepartmentIndicators(ComputeDepartmentIndicatorsRequest.newBuilder()
                .setStartDate(date(OCTOBER)).setEndDate(date(NOVEMBER)).build()).getDepartmentsList();
        assertThat(departments).extracting(d -> d.getDepartment()).containsExactly(Lifecycle.LEAD_DEPARTMENT);
        assertAgreesWithTheRawRows(departments.getFirst().getIndicators(), OCTOBER, NOVEMBER,
                " and lead_department = '" + Lifecycle.LEAD_DEPARTMENT + "'");
        assertThat(departments.getFirst().getIndicators().getReceived()).isEqualTo(3);
    }

    @Test
    void a_unit_outside_the_callers_reach_an_administrator_and_an_empty_period_are_refused() {
        var outside = CountComplaintsRequest.newBuilder().setStartDate(date(OCTOBER)).setEndDate(date(NOVEMBER))
                .setFilter(StatisticsFilter.newBuilder().setOrgUnit("gridco/west")).build();
        assertThatThrownBy(() -> supervisor().countComplaints(outside))
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.PERMISSION_DENIED))
                .hasMessageContaining("gridco/west");
        var plain = ComputeIndicatorsRequest.newBuilder().setStartDate(date(OCTOBER)).setEndDate(date(NOVEMBER)).build();
        assertThatThrownBy(() -> stub("admin-1", "ADMINISTRATOR", "gridco").computeIndicators(plain))
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.PERMISSION_DENIED));
        var empty = ComputeIndicatorsRequest.newBuilder().setStartDate(date(NOVEMBER)).setEndDate(date(OCTOBER)).build();
        assertThatThrownBy(() -> supervisor().computeIndicators(empty))
                .satisfies(e -> assertThat(code(e)).isEqualTo(Status.Code.INVALID_ARGUMENT));
        // A handler reads its own department's statistics.
        assertThat(stub("handler-li", "HANDLER", Lifecycle.LEAD_DEPARTMENT).computeIndicators(plain)
                .getIndicators().getIndicators().getReceived()).isEqualTo(3);
    }

    // ------------------------------------------------------------------ the story

    private Complaint register(Complaint.Builder complaint) {
        // Answered by letter: no notice goes out, so the monitor notes no unconfirmed one between the steps.
        complaint.setComplainant(complaint.getComplainant().toBuilder()
                .setContactPreference(org.complaintdesk.api.v1.ContactPreference.CONTACT_PREFERENCE_LETTER));
        Complaint c = life.register(complaint.setReceiveTime(timestamp(clock.instant().minusSeconds(600))));
        registered.add(c);
        advance(Duration.ofHours(1));
        return fresh(c);
    }

    private void handled(Complaint.Builder complaint, Satisfaction satisfaction, boolean close) {
        Complaint c = register(complaint);
        c = life.dispatch(life.accept(c));
        advance(Duration.ofHours(3));
        c = life.propose(life.find(life.investigate(life.contact(fresh(c))), Responsibility.RESPONSIBILITY_COMPANY));
        advance(Duration.ofHours(26));
        c = life.reply(fresh(c));
        advance(Duration.ofHours(5));
        c = life.callBack(fresh(c), satisfaction);
        if (close) {
            life.close(fresh(c));
        }
        advance(Duration.ofHours(2));
    }

    /** Moves the clock, then lets the monitor act on what came due (it may take steps: supervision). */
    private void advance(Duration duration) {
        clock.advance(duration);
        awaitNothingDue();
    }

    private Complaint fresh(Complaint c) {
        return client.agent().getComplaint(GetComplaintRequest.newBuilder().setName(c.getName()).build()).getComplaint();
    }

    private void awaitNothingDue() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (count("select count(*) from complaint_watch where next_attention_at <= ?::timestamptz",
                clock.instant().toString()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the monitor did not catch up");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Until the monitor has timed every complaint after its last step. */
    private void awaitTheMonitor() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            long due = count("select count(*) from complaint_watch where next_attention_at <= ?::timestamptz",
                    clock.instant().toString());
            long timed = count("select count(distinct complaint_id) from complaint_clock_fact");
            if (due == 0 && timed == registered.size()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the monitor did not time every complaint");
    }

    // ------------------------------------------------------------------ the reference

    private void assertAgreesWithTheRawRows(HandlingIndicators actual, LocalDate from, LocalDate to, String extra) {
        String scope = " and (org_unit like 'gridco/east%' or lead_department like 'gridco/east%')" + extra;
        String received = within("received_at", from, to);
        String replied = within("replied_at", from, to);
        String closed = within("closed_at", from, to) + " and accepted_at is not null and withdrawn_at is null";
        String called = within("callback_recorded_at", from, to);
        assertThat(actual.getReceived()).isEqualTo(count("select count(*) from complaint where " + received + scope));
        assertThat(actual.getTimeToReply().getCount())
                .isEqualTo(count("select count(*) from complaint where " + replied + scope));
        assertThat(actual.getTimeToClose().getCount())
                .isEqualTo(count("select count(*) from complaint where " + closed + scope));
        assertThat(actual.getReopenRate().getNumerator())
                .isEqualTo(count("select count(*) from complaint where reopenings > 0 and " + replied + scope));
        assertThat(actual.getReviewRate().getNumerator()).isEqualTo(
                count("select count(*) from complaint where review_requested_at is not null and " + replied + scope));
        assertThat(actual.getResolutionRate().getNumerator()).isEqualTo(count("select count(*) from complaint where "
                + closed + " and resolution_approval in ('NOT_REQUIRED', 'APPROVED')"
                + " and callback_satisfaction is distinct from 'UNSATISFIED'" + scope));
        assertThat(actual.getSatisfaction().getSatisfied()).isEqualTo(
                count("select count(*) from complaint where callback_satisfaction = 'SATISFIED' and " + called + scope));
        assertThat(actual.getSatisfaction().getUnreachable()).isEqualTo(count("select count(*) from complaint where "
                + "callback_method is not null and callback_satisfaction is null and " + called + scope));
        assertThat(actual.getRepeatRate().getNumerator()).isEqualTo(count("select count(*) from complaint c where "
                + received + scope + " and exists (select 1 from complaint e where e.complainant_phone_index = "
                + "c.complainant_phone_index and e.received_at < c.received_at"
                + " and e.received_at >= c.received_at - interval '30 days')"));
        List<Double> hours = new ArrayList<>();
        // Each complaint's hours rounded to the nearest tenth, halves up, as the contract defines them.
        for (Record r : TestDatabase.dsl().fetch("select floor(extract(epoch from replied_at - received_at) / 360 + 0.5) "
                + "/ 10 from complaint where " + replied + scope + " order by 1")) {
            hours.add(r.get(0, Double.class));
        }
        if (!hours.isEmpty()) {
            assertThat(actual.getTimeToReply().getMedianHours()).isCloseTo(percentile(hours, 0.5), within());
            assertThat(actual.getTimeToReply().getP90Hours()).isCloseTo(percentile(hours, 0.9), within());
        }
        assertClocks(actual, from, to, extra);
    }

    /**
     * The rounds due in the period as GetComplaint shows each complaint's clocks now. GetComplaint
     * shows the latest round of each clock only, so a recurring clock with earlier rounds (the
     * weekly follow-up) is compared by its latest rounds, which the statistics must include.
     */
    private void assertClocks(HandlingIndicators actual, LocalDate from, LocalDate to, String extra) {
        Instant start = from.atStartOfDay(ClockReadings.SHANGHAI).toInstant();
        Instant end = to.atStartOfDay(ClockReadings.SHANGHAI).toInstant();
        Map<Clock.Kind, long[]> expected = new EnumMap<>(Clock.Kind.class);
        java.util.Set<Clock.Kind> recurring = java.util.EnumSet.noneOf(Clock.Kind.class);
        for (Complaint c : registered) {
            Complaint now = client.agent().getComplaint(GetComplaintRequest.newBuilder().setName(c.getName()).build())
                    .getComplaint();
            if (!extra.isEmpty() && !extra.contains("'" + now.getHandling().getDispatch().getLeadDepartment() + "'")) {
                continue;
            }
            for (Clock k : now.getClocksList()) {
                Instant due = Instant.ofEpochSecond(k.getDueTime().getSeconds(), k.getDueTime().getNanos());
                if (k.getRound() > 1) {
                    recurring.add(k.getKind());
                }
                if (k.getKind() == Clock.Kind.KIND_REVIEW_WINDOW || due.isBefore(start) || !due.isBefore(end)) {
                    continue;
                }
                long[] n = expected.computeIfAbsent(k.getKind(), kind -> new long[3]);
                switch (k.getState()) {
                    case STATE_MET -> n[k.getLate() ? 1 : 0]++;
                    case STATE_STOPPED -> n[1] += k.getLate() ? 1 : 0;
                    case STATE_RUNNING, STATE_BREACHED -> n[due.isAfter(clock.instant()) ? 2 : 1]++;
                    default -> { }
                }
            }
        }
        Map<Clock.Kind, List<Long>> wanted = new HashMap<>();
        expected.forEach((k, n) -> {
            if (n[0] + n[1] + n[2] > 0) {
                wanted.put(k, List.of(n[0], n[1], n[2]));
            }
        });
        Map<Clock.Kind, List<Long>> got = new HashMap<>();
        for (ClockIndicator i : actual.getClocksList()) {
            got.put(i.getClock(), List.of(i.getMetInTime(), i.getBreached(), i.getPending()));
        }
        assertThat(got.keySet()).containsAll(wanted.keySet());
        assertThat(recurring).containsAll(got.keySet().stream().filter(k -> !wanted.containsKey(k)).toList());
        for (var kind : wanted.keySet()) {
            if (recurring.contains(kind)) {
                for (int i = 0; i < 3; i++) {
                    assertThat(got.get(kind).get(i)).as(kind + " " + i).isGreaterThanOrEqualTo(wanted.get(kind).get(i));
                }
            } else {
                assertThat(got.get(kind)).as(kind.toString()).isEqualTo(wanted.get(kind));
            }
        }
        assertThat(actual.getBreaches()).isEqualTo(got.values().stream().mapToLong(v -> v.get(1)).sum());
        assertThat(wanted.keySet()).as("the story makes clocks of several kinds due").hasSizeGreaterThan(3);
    }

    private Map<List<String>, Long> sqlCounts(LocalDate from, LocalDate to) {
        Map<List<String>, Long> counts = new HashMap<>();
        for (Record r : TestDatabase.dsl().fetch("select channel, state, count(*) from complaint where "
                + within("received_at", from, to) + " group by 1, 2")) {
            counts.put(List.of(r.get(0, String.class), r.get(1, String.class)), r.get(2, Long.class));
        }
        return counts;
    }

    private static Map<List<String>, Long> rows(org.complaintdesk.api.v1.Counts counts) {
        Map<List<String>, Long> rows = new HashMap<>();
        counts.getRowsList().forEach(r -> rows.put(List.copyOf(r.getKeysList()), r.getCount()));
        return rows;
    }

    private static String within(String column, LocalDate from, LocalDate to) {
        return column + " >= timestamptz '" + from + " 00:00:00+08' and " + column + " < timestamptz '" + to
                + " 00:00:00+08'";
    }

    private static long count(String sql, Object... binds) {
        return ((Number) TestDatabase.dsl().fetchValue(sql, binds)).longValue();
    }

    private static double percentile(List<Double> sorted, double p) {
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }

    private ComplaintStatisticsServiceGrpc.ComplaintStatisticsServiceBlockingStub supervisor() {
        return stub("supervisor-chen", "SUPERVISOR", "gridco/east");
    }

    private ComplaintStatisticsServiceGrpc.ComplaintStatisticsServiceBlockingStub stub(String user, String role,
                                                                                      String unit) {
        return ComplaintStatisticsServiceGrpc.newBlockingStub(client.channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(client.tokens.headers(user, role, unit)));
    }

    private static Date date(LocalDate day) {
        return Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue()).setDay(day.getDayOfMonth()).build();
    }

    private static Status.Code code(Throwable e) {
        return ((StatusRuntimeException) e).getStatus().getCode();
    }
}
