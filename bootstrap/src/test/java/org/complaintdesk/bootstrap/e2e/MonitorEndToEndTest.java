package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.at;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.clock;

import com.google.type.Date;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.CalendarDay;
import org.complaintdesk.api.v1.CalendarYear;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.ClockStatus;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.GetCalendarYearRequest;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UpdateCalendarYearRequest;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.complaintdesk.bootstrap.MonitorSettings;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.handling.ClockKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clock monitor end to end: two service instances on one PostgreSQL, each running its monitor
 * every 50 ms, on a clock the test moves. A level-1 complaint passes its 30 minutes for the
 * emergency team on site; its warning, its breach and its escalation happen once, not once per instance.
 */
class MonitorEndToEndTest {
    private static final Duration MONITOR_INTERVAL = Duration.ofMillis(50);

    private final List<ClockAlert> delivered = new CopyOnWriteArrayList<>();
    private MovableClock clock;
    private ComplaintDesk first;
    private ComplaintDesk second;
    private ApiClient client;
    private Lifecycle life;

    @BeforeEach
    void twoInstancesOnAMondayMorning() {
        TestDatabase.clear();
        clock = new MovableClock(at("2026-11-23T10:00"), ClockReadings.SHANGHAI);
        first = start();
        second = start();
        client = new ApiClient(first);
        life = new Lifecycle(client, clock);
    }

    private ComplaintDesk start() {
        return ComplaintDesk.startOn(TestDatabase.database(), clock, 0, HandlingPolicy.defaults(),
                Config.DEFAULT_CALENDAR_REFRESH, DeadlinePolicies.seedForAll(),
                MonitorSettings.every(MONITOR_INTERVAL, delivered::addAll));
    }

    @AfterEach
    void stopBoth() throws InterruptedException {
        client.close();
        first.close();
        second.close();
    }

    @Test
    void a_level_1_complaint_past_its_on_site_limit_is_warned_breached_and_escalated_once_by_two_monitors() {
        Complaint outage = life.register(billingComplaint()
                .setReceiveTime(timestamp(clock.instant().minus(Duration.ofMinutes(5))))
                .setIntakeFacts(IntakeFacts.newBuilder().setSafetyHazard(true)));
        assertThat(outage.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_1);
        Complaint dispatched = life.dispatch(life.accept(outage));
        Instant dispatchedAt = clock.instant();
        assertThat(clock(dispatched, Clock.Kind.KIND_FIRST_CONTACT).getDueTime())
                .isEqualTo(timestamp(dispatchedAt.plus(Duration.ofMinutes(30))));

        // 80% of the 30 minutes: the warning.
        clock.advance(Duration.ofMinutes(25));
        awaitTrue(() -> alerts(ClockAlert.Kind.WARNING) == 1);

        // Past the due: the breach, and the escalation to the director (003 三.3: level 1).
        clock.advance(Duration.ofMinutes(6));
        awaitTrue(() -> alerts(ClockAlert.Kind.BREACH) == 1 && supervisions(dispatched).size() == 1);
        // Both monitors go on looking, many times over.
        sleep(MONITOR_INTERVAL.multipliedBy(20));

        assertThat(delivered).filteredOn(a -> a.clock() == ClockKind.FIRST_CONTACT)
                .extracting(ClockAlert::kind).containsExactlyInAnyOrder(ClockAlert.Kind.WARNING, ClockAlert.Kind.BREACH);
        assertThat(delivered).filteredOn(a -> a.kind() == ClockAlert.Kind.BREACH).singleElement().satisfies(a -> {
            assertThat(a.due()).isEqualTo(dispatchedAt.plus(Duration.ofMinutes(30)));
            assertThat(a.ticketNumber().value()).isEqualTo(outage.getTicketNumber());
        });
        assertThat(supervisions(dispatched)).singleElement().satisfies(e -> {
            assertThat(e.getActor().getUserId()).isEqualTo("clock-monitor");
            assertThat(e.getDetailsMap()).containsEntry("level", "LEVEL_DIRECTOR")
                    .containsEntry("cause", "SUPERVISION_CAUSE_CLOCK_BREACHED").containsEntry("clock", "KIND_FIRST_CONTACT");
        });
        Complaint now = ClockReadings.read(client, dispatched);
        assertThat(clock(now, Clock.Kind.KIND_FIRST_CONTACT).getState()).isEqualTo(Clock.State.STATE_BREACHED);
        assertThat(now.getEtag()).isNotEqualTo(dispatched.getEtag());
        assertThat(now.getHandling().getSupervision().getLevel()).isEqualTo(Handling.Supervision.Level.LEVEL_DIRECTOR);
        assertThat(now.getHandling().getSupervision().getClock()).isEqualTo(Clock.Kind.KIND_FIRST_CONTACT);
        // The work list of breached complaints shows it; the list of those on time does not.
        assertThat(life.agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setClockStatus(ClockStatus.CLOCK_STATUS_BREACHED).build()).getComplaintsList())
                .extracting(Complaint::getName).containsExactly(outage.getName());
        assertThat(life.agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setClockStatus(ClockStatus.CLOCK_STATUS_ON_TIME).build()).getComplaintsList()).isEmpty();
        assertThat(life.agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setDueBefore(timestamp(dispatchedAt.plus(Duration.ofMinutes(31)))).build()).getComplaintsList())
                .extracting(Complaint::getName).containsExactly(outage.getName());
        assertThat(life.agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setDueBefore(timestamp(dispatchedAt.plus(Duration.ofMinutes(29)))).build()).getComplaintsList())
                .isEmpty();
    }

    @Test
    void a_holiday_added_to_the_calendar_moves_the_reply_due_and_the_timeline_says_so_once() {
        Complaint letter = life.register(billingComplaint().setChannel(Channel.CHANNEL_LETTER)
                .setReceiveTime(timestamp(at("2026-11-23T09:50"))));
        // 002 ch.5 §2: 5 working days, by the end of Monday 30 November.
        assertThat(clock(letter, Clock.Kind.KIND_REPLY).getDueTime()).isEqualTo(timestamp(at("2026-12-01T00:00")));
        awaitTrue(() -> listed(ListComplaintsRequest.newBuilder().setClockStatus(ClockStatus.CLOCK_STATUS_ON_TIME))
                .contains(letter.getName()));

        var calendar = client.calendar("admin-1", "ADMINISTRATOR", "gridco");
        CalendarYear year = calendar.getCalendarYear(GetCalendarYearRequest.newBuilder()
                .setName("calendarYears/2026").build()).getCalendarYear();
        calendar.updateCalendarYear(UpdateCalendarYearRequest.newBuilder().setCalendarYear(year.toBuilder()
                .addDays(CalendarDay.newBuilder().setDate(Date.newBuilder().setYear(2026).setMonth(11).setDay(27))
                        .setKind(CalendarDay.Kind.KIND_HOLIDAY).setHoliday("City flood day")))
                .build());
        // Past the calendar refresh interval, by which every instance counts the new holiday.
        clock.advance(Config.DEFAULT_CALENDAR_REFRESH.plusSeconds(1));
        awaitTrue(() -> retimings(letter).size() == 1);
        sleep(MONITOR_INTERVAL.multipliedBy(20));

        assertThat(retimings(letter)).singleElement().satisfies(e -> {
            assertThat(e.getActor().getUserId()).isEqualTo("clock-monitor");
            assertThat(e.getDetailsMap()).containsEntry("retimed.KIND_REPLY",
                    at("2026-12-01T00:00") + " -> " + at("2026-12-02T00:00"));
        });
        assertThat(clock(ClockReadings.read(client, letter), Clock.Kind.KIND_REPLY).getDueTime())
                .isEqualTo(timestamp(at("2026-12-02T00:00")));
    }

    private List<String> listed(ListComplaintsRequest.Builder request) {
        return life.agent.listComplaints(request.build()).getComplaintsList().stream().map(Complaint::getName).toList();
    }

    private List<ComplaintEvent> retimings(Complaint c) {
        return life.timeline(c).stream().filter(e -> e.getType() == ComplaintEvent.Type.TYPE_CLOCKS_RETIMED).toList();
    }

    private long alerts(ClockAlert.Kind kind) {
        return delivered.stream().filter(a -> a.kind() == kind && a.clock() == ClockKind.FIRST_CONTACT).count();
    }

    private List<ComplaintEvent> supervisions(Complaint c) {
        return life.timeline(c).stream().filter(e -> e.getType() == ComplaintEvent.Type.TYPE_SUPERVISED).toList();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the monitors did not get there within 20 seconds");
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
