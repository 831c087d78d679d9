package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.at;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.DeclineReason;
import org.complaintdesk.api.v1.ListComplaintNoticesRequest;
import org.complaintdesk.api.v1.Notice;
import org.complaintdesk.api.v1.ReportNoticeDeliveryRequest;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.notice.NoticeAlert;
import org.complaintdesk.application.port.out.AlertNotifier;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.complaintdesk.bootstrap.MonitorSettings;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the monitor does for the complainant: a notice no gateway confirms within its 30 minutes is
 * noted on the timeline, marked on the complaint's notices and alerted, once (a late report still
 * counts); a level-1 complaint's complainant hears of the progress every 2 hours.
 */
class NoticeMonitorEndToEndTest {
    private final List<NoticeAlert> alerted = new CopyOnWriteArrayList<>();
    private MovableClock clock;
    private ComplaintDesk desk;
    private ApiClient client;
    private Lifecycle life;

    @BeforeEach
    void aDeskWhoseMonitorTheTestRuns() {
        TestDatabase.clear();
        clock = new MovableClock(at("2026-11-23T10:00"), ClockReadings.SHANGHAI);
        AlertNotifier notifier = new AlertNotifier() {
            @Override
            public void deliver(List<ClockAlert> alerts) {
            }

            @Override
            public void deliverUnconfirmed(List<NoticeAlert> alerts) {
                alerted.addAll(alerts);
            }
        };
        // The job's own passes would race the test's; an hour apart, the test's are the ones that count.
        desk = ComplaintDesk.startOn(TestDatabase.database(), clock, 0, HandlingPolicy.defaults(),
                Config.DEFAULT_CALENDAR_REFRESH, DeadlinePolicies.seedForAll(),
                MonitorSettings.every(Duration.ofHours(1), notifier));
        client = new ApiClient(desk);
        life = new Lifecycle(client, clock);
    }

    @AfterEach
    void stop() throws InterruptedException {
        client.close();
        desk.close();
    }

    private List<Notice> notices(Complaint c) {
        return client.agent().listComplaintNotices(ListComplaintNoticesRequest.newBuilder().setParent(c.getName()).build())
                .getNoticesList();
    }

    private List<Notice> progress(Complaint c) {
        return notices(c).stream().filter(n -> n.getKind() == Notice.Kind.KIND_PROGRESS_UPDATE).toList();
    }

    @Test
    void an_unconfirmed_notice_shows_on_the_complaint_is_alerted_once_and_still_takes_a_late_report() {
        Complaint declined = life.decline(life.register(billingComplaint()
                .setReceiveTime(ApiClient.timestamp(clock.instant()))), DeclineReason.DECLINE_REASON_DUPLICATE);
        Notice notice = notices(declined).getFirst();

        clock.advance(Duration.ofMinutes(29));
        assertThat(desk.runMonitorOnce().noticesUnconfirmed()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(desk.runMonitorOnce().noticesUnconfirmed()).isEqualTo(1);
        assertThat(desk.runMonitorOnce().noticesUnconfirmed()).isZero();

        assertThat(notices(declined).getFirst().getOutcome()).isEqualTo(Notice.Outcome.OUTCOME_UNCONFIRMED);
        ComplaintEvent noted = life.timeline(declined).getLast();
        assertThat(noted.getType()).isEqualTo(ComplaintEvent.Type.TYPE_NOTICE_UNCONFIRMED);
        assertThat(noted.getActor().getRole()).isEqualTo(org.complaintdesk.api.v1.Role.ROLE_SYSTEM);
        assertThat(noted.getNoticeUnconfirmed().getNotice()).isEqualTo(notice.getName());
        assertThat(noted.getNoticeUnconfirmed().getConfirmTime()).isEqualTo(notice.getConfirmTime());
        assertThat(alerted).singleElement().satisfies(alert -> {
            assertThat(alert.ticketNumber().value()).isEqualTo(declined.getTicketNumber());
            assertThat(notice.getName()).endsWith(alert.notice().toString());
            assertThat(alert.kind().name()).isEqualTo("DECLINE");
        });

        client.as("sms-gateway", "SYSTEM", "gridco").reportNoticeDelivery(ReportNoticeDeliveryRequest.newBuilder()
                .setName(notice.getName()).setRequestId("late-dlr").setOutcome(Notice.Outcome.OUTCOME_DELIVERED).build());
        assertThat(notices(declined).getFirst().getOutcome()).isEqualTo(Notice.Outcome.OUTCOME_DELIVERED);
    }

    @Test
    void a_level_1_complaint_tells_its_complainant_of_the_progress_every_2_hours_until_the_reply() {
        Complaint outage = life.dispatch(life.accept(life.register(billingComplaint()
                .setReceiveTime(ApiClient.timestamp(clock.instant()))
                .setIntakeFacts(org.complaintdesk.api.v1.IntakeFacts.newBuilder().setSafetyHazard(true)))));
        Complaint billing = life.dispatch(life.accept(life.register(billingComplaint()
                .setReceiveTime(ApiClient.timestamp(clock.instant())))));
        assertThat(outage.getSeverity()).isEqualTo(org.complaintdesk.api.v1.Severity.SEVERITY_LEVEL_1);

        clock.advance(Duration.ofMinutes(119));
        assertThat(desk.runMonitorOnce().progressIssued()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(desk.runMonitorOnce().progressIssued()).isEqualTo(1);
        assertThat(desk.runMonitorOnce().progressIssued()).isZero();

        var nextUpdate = java.time.format.DateTimeFormatter.ofPattern("M月d日HH:mm")
                .format(clock.instant().plus(Duration.ofHours(2)).atZone(ClockReadings.SHANGHAI));
        assertThat(progress(outage)).singleElement().satisfies(notice -> {
            assertThat(notice.getChannel()).isEqualTo(Notice.Channel.CHANNEL_SMS);
            assertThat(notice.getText()).contains(outage.getTicketNumber(), "抢修人员正在赶赴现场", nextUpdate + "前再告知");
        });
        assertThat(notices(billing)).extracting(Notice::getKind).containsExactly(Notice.Kind.KIND_ACCEPTANCE);

        clock.advance(Duration.ofHours(2));
        assertThat(desk.runMonitorOnce().progressIssued()).isEqualTo(1);
        assertThat(progress(outage)).hasSize(2);
    }
}
