package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.CLOCK_ALERT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintWatchRecord;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.deadline.ClockMonitor;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.complaintdesk.bootstrap.MonitorSettings;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.deadline.AlertHours;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.SupervisionPolicy;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registration takes the clock monitor's first look itself: a new complaint's watch row and
 * clock rounds are what a monitor pass would write, so the monitor has nothing to do for it until
 * its clocks need it; a complaint whose clocks already warn or ran out is left to the monitor,
 * which records its alerts once. The monitor runs only when the test says.
 */
class FirstLookEndToEndTest {
    private final List<ClockAlert> delivered = new CopyOnWriteArrayList<>();
    private final DSLContext dsl = TestDatabase.dsl();
    private MovableClock clock;
    private ComplaintDesk desk;
    private ApiClient client;
    private Lifecycle life;

    @BeforeEach
    void aDeskWhoseMonitorTheTestRunsOnAMondayMorning() {
        TestDatabase.clear();
        clock = new MovableClock(at("2026-11-23T10:00"), ClockReadings.SHANGHAI);
        desk = ComplaintDesk.startOn(TestDatabase.database(), clock, 0, HandlingPolicy.defaults(),
                Config.DEFAULT_CALENDAR_REFRESH, DeadlinePolicies.seedForAll(),
                new MonitorSettings(Duration.ZERO, MonitorSettings.DEFAULT_BATCH_SIZE, SupervisionPolicy.defaults(),
                        AlertHours.ALWAYS, delivered::addAll));
        client = new ApiClient(desk);
        life = new Lifecycle(client, clock);
    }

    @AfterEach
    void stop() throws InterruptedException {
        client.close();
        desk.close();
    }

    @Test
    void a_registration_records_what_a_monitor_pass_would_so_a_forced_pass_changes_nothing() {
        Instant registeredAt = clock.instant();
        List<Complaint> registered = List.of(
                life.register(billingComplaint().setReceiveTime(timestamp(registeredAt.minus(Duration.ofMinutes(5))))),
                // A receipt time finer than the database keeps.
                life.register(billingComplaint().setChannel(Channel.CHANNEL_LETTER)
                        .setReceiveTime(timestamp(registeredAt.minus(Duration.ofMinutes(20)).plusNanos(123_456_789)))),
                life.register(billingComplaint().setReceiveTime(timestamp(registeredAt.minus(Duration.ofMinutes(5))))
                        .setIntakeFacts(IntakeFacts.newBuilder().setSafetyHazard(true))));

        for (Complaint c : registered) {
            UUID id = idOf(c);
            ComplaintWatchRecord watch = watchOf(id);
            assertThat(watch.getNextAttentionAt()).as("next attention of %s", c.getTicketNumber()).isAfter(registeredAt);
            assertThat(watch.getRecordedVersion()).isEqualTo(versionOf(id));
            assertThat(watch.getClockStatus()).isEqualTo("ON_TIME");
            assertThat(watch.getEarliestDue()).isNotNull();
            assertThat(watch.getRunningDues().data()).isNotEqualTo("{}");
            assertThat(factsOf(id)).isNotEmpty();
        }
        Map<UUID, Map<String, Object>> watchesBefore = watches(registered);
        Map<UUID, List<Map<String, Object>>> factsBefore = facts(registered);
        Map<UUID, Integer> timelinesBefore = timelineLengths(registered);

        // The monitor comes round a minute later, and is made to look at every one of them.
        clock.advance(Duration.ofMinutes(1));
        dsl.update(COMPLAINT_WATCH).set(COMPLAINT_WATCH.NEXT_ATTENTION_AT, clock.instant()).execute();
        ClockMonitor.Pass pass = desk.runMonitorOnce();

        assertThat(pass.attended().complaints()).isEqualTo(registered.size());
        assertThat(pass.attended().alertsRecorded()).isZero();
        assertThat(pass.attended().steps()).isZero();
        assertThat(watches(registered)).isEqualTo(watchesBefore);
        assertThat(facts(registered)).isEqualTo(factsBefore);
        assertThat(timelineLengths(registered)).isEqualTo(timelinesBefore);
        assertThat(dsl.fetchCount(CLOCK_ALERT)).isZero();
    }

    @Test
    void a_complaint_whose_clocks_ran_out_before_its_registration_is_left_to_the_monitor_which_alerts_once() {
        Instant registeredAt = clock.instant();
        Complaint late = life.register(billingComplaint().setChannel(Channel.CHANNEL_LETTER)
                .setReceiveTime(timestamp(at("2026-11-02T09:00"))));
        UUID id = idOf(late);

        ComplaintWatchRecord watch = watchOf(id);
        assertThat(watch.getNextAttentionAt()).isEqualTo(registeredAt);
        assertThat(watch.getRecordedVersion()).isNull();
        assertThat(factsOf(id)).isEmpty();

        ClockMonitor.Pass first = desk.runMonitorOnce();
        assertThat(first.attended().complaints()).isEqualTo(1);
        assertThat(first.attended().breachesRecorded()).isPositive();
        int alerts = delivered.size();
        assertThat(delivered).isNotEmpty().allSatisfy(a -> assertThat(a.complaintId().value()).isEqualTo(id));
        assertThat(delivered).extracting(ClockAlert::kind).contains(ClockAlert.Kind.BREACH);
        assertThat(watchOf(id).getClockStatus()).isEqualTo("BREACHED");
        assertThat(factsOf(id)).isNotEmpty();

        // Looked at again: nothing is recorded or passed on twice.
        dsl.update(COMPLAINT_WATCH).set(COMPLAINT_WATCH.NEXT_ATTENTION_AT, clock.instant()).execute();
        ClockMonitor.Pass second = desk.runMonitorOnce();
        assertThat(second.attended().complaints()).isEqualTo(1);
        assertThat(second.attended().alertsRecorded()).isZero();
        assertThat(delivered).hasSize(alerts);
        assertThat(dsl.fetchCount(CLOCK_ALERT)).isEqualTo(alerts);
    }

    private UUID idOf(Complaint c) {
        return dsl.select(COMPLAINT.ID).from(COMPLAINT).where(COMPLAINT.TICKET_NUMBER.eq(c.getTicketNumber())).fetchSingle()
                .value1();
    }

    private Long versionOf(UUID id) {
        return dsl.select(COMPLAINT.VERSION).from(COMPLAINT).where(COMPLAINT.ID.eq(id)).fetchSingle().value1();
    }

    private ComplaintWatchRecord watchOf(UUID id) {
        return dsl.selectFrom(COMPLAINT_WATCH).where(COMPLAINT_WATCH.COMPLAINT_ID.eq(id)).fetchSingle();
    }

    private List<Map<String, Object>> factsOf(UUID id) {
        return dsl.fetch("select tenant, clock, round, due, outcome from complaint_clock_fact "
                + "where complaint_id = ?::uuid order by clock, round", id.toString()).intoMaps();
    }

    private Map<UUID, Map<String, Object>> watches(List<Complaint> complaints) {
        return complaints.stream().map(this::idOf).collect(Collectors.toMap(id -> id,
                id -> watchOf(id).intoMap()));
    }

    private Map<UUID, List<Map<String, Object>>> facts(List<Complaint> complaints) {
        return complaints.stream().map(this::idOf).collect(Collectors.toMap(id -> id, this::factsOf));
    }

    private Map<UUID, Integer> timelineLengths(List<Complaint> complaints) {
        return complaints.stream().collect(Collectors.toMap(this::idOf, c -> life.timeline(c).size()));
    }
}
