package org.complaintdesk.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.complaint.ComplaintOutOfReachException;
import org.complaintdesk.application.notice.NoticeAlert;
import org.complaintdesk.application.notice.NoticeAlreadyReportedException;
import org.complaintdesk.application.notice.NoticeIssuer;
import org.complaintdesk.application.notice.NoticeNotFoundException;
import org.complaintdesk.application.notice.ReportNoticeDelivery;
import org.complaintdesk.application.port.out.AlertNotifier;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.StepNotPermittedException;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.notice.NoticeSenders;
import org.complaintdesk.domain.notice.NoticeTemplates;
import org.complaintdesk.domain.notice.SmsLimit;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A gateway reports what became of a notice: on the complaint's timeline and on the notice, together. */
class ReportNoticeDeliveryTest {
    private static final Actor SMS_GATEWAY = new Actor(new UserId("sms-gateway"), Role.SYSTEM, new OrgUnitId("gridco"));

    private final DeadlineDesk desk = new DeadlineDesk("2026-03-02T10:00");
    private final List<NoticeAlert> failed = new ArrayList<>();
    private final ReportNoticeDelivery report = new ReportNoticeDelivery(desk.store, desk.store, desk.clock,
            new AlertNotifier() {
                @Override
                public void deliver(List<ClockAlert> alerts) {
                    throw new AssertionError("no clock alert is raised by a report");
                }

                @Override
                public void deliverFailed(List<NoticeAlert> alerts) {
                    failed.addAll(alerts);
                }
            });
    private Complaint declined;
    private UUID notice;

    @BeforeEach
    void aDeclineNoticeIssued() {
        ComplaintClocks clocks = desk.clocks(DeadlinePolicies.seedForAll());
        desk.issuing(new NoticeIssuer(NoticeTemplates.shipped(SmsLimit.DEFAULT), NoticeSenders.parse(null), clocks,
                Optional.empty(), DeadlineDesk.SHANGHAI, Duration.ofMinutes(30), UUID::randomUUID));
        declined = desk.decline(desk.register(Channel.HOTLINE, Duration.ZERO), DeclineReason.DUPLICATE, "请等待原工单的答复");
        notice = desk.store.notices().getFirst().id();
        desk.advance(Duration.ofMinutes(1));
    }

    private ReportNoticeDelivery.Command command(UUID notice, Optional<Reason> failure, Actor actor, String requestId) {
        return new ReportNoticeDelivery.Command(declined.id(), notice, failure, actor,
                new IdempotencyKey(new RequestId(requestId), ReportNoticeDelivery.OPERATION, "fp-" + requestId));
    }

    @Test
    void a_delivery_is_a_timeline_entry_of_the_complaint_and_the_outcome_of_the_notice() {
        var result = report.execute(command(notice, Optional.empty(), SMS_GATEWAY, "dlr-1"));
        assertThat(failed).as("a delivered notice raises no alert").isEmpty();

        assertThat(result.replayed()).isFalse();
        assertThat(result.notice().outcome()).contains(DeliveryOutcome.DELIVERED);
        assertThat(result.notice().outcomeAt()).contains(desk.clock.instant());
        assertThat(desk.store.find(declined.id(), notice).orElseThrow().outcome()).contains(DeliveryOutcome.DELIVERED);
        ComplaintEvent last = desk.timeline(declined).getLast();
        assertThat(last.details()).isEqualTo(new EventDetails.NoticeDelivered(notice));
        assertThat(last.actor().userId()).isEqualTo(SMS_GATEWAY.userId());
    }

    @Test
    void a_failure_keeps_the_gateways_reason_as_the_note_and_raises_one_alert_even_when_retried() {
        report.execute(command(notice, Optional.of(Reason.brief("号码已停机")), SMS_GATEWAY, "dlr-1"));
        report.execute(command(notice, Optional.of(Reason.brief("号码已停机")), SMS_GATEWAY, "dlr-1"));

        assertThat(failed).singleElement().satisfies(alert -> {
            assertThat(alert.notice()).isEqualTo(notice);
            assertThat(alert.ticketNumber()).isEqualTo(declined.ticketNumber());
        });

        assertThat(desk.store.find(declined.id(), notice).orElseThrow().outcome()).contains(DeliveryOutcome.FAILED);
        assertThat(desk.timeline(declined).getLast().note()).contains("号码已停机");
    }

    @Test
    void a_retry_is_answered_from_its_first_attempt_and_a_second_report_is_refused() {
        report.execute(command(notice, Optional.empty(), SMS_GATEWAY, "dlr-1"));
        int entries = desk.timeline(declined).size();

        var retried = report.execute(command(notice, Optional.empty(), SMS_GATEWAY, "dlr-1"));

        assertThat(retried.replayed()).isTrue();
        assertThat(retried.notice().outcome()).contains(DeliveryOutcome.DELIVERED);
        assertThat(desk.timeline(declined)).hasSize(entries);
        assertThatThrownBy(() -> report.execute(command(notice, Optional.of(Reason.brief("late")), SMS_GATEWAY, "dlr-2")))
                .isInstanceOfSatisfying(NoticeAlreadyReportedException.class,
                        e -> assertThat(e.rule()).isEqualTo(NoticeAlreadyReportedException.RULE));
    }

    @Test
    void an_unknown_notice_is_not_found_and_a_gateway_outside_the_complaints_reach_learns_nothing() {
        assertThatThrownBy(() -> report.execute(command(UUID.randomUUID(), Optional.empty(), SMS_GATEWAY, "dlr-1")))
                .isInstanceOf(NoticeNotFoundException.class);
        Actor elsewhere = new Actor(new UserId("sms-gateway"), Role.SYSTEM, new OrgUnitId("waterco"));
        assertThatThrownBy(() -> report.execute(command(notice, Optional.empty(), elsewhere, "dlr-2")))
                .isInstanceOf(ComplaintOutOfReachException.class);
    }

    @Test
    void only_a_system_reports_on_a_notice() {
        Actor agent = new Actor(new UserId("agent-7"), Role.AGENT, new OrgUnitId("gridco/east"));

        assertThatThrownBy(() -> report.execute(command(notice, Optional.empty(), agent, "dlr-1")))
                .isInstanceOf(StepNotPermittedException.class);
        assertThat(desk.store.find(declined.id(), notice).orElseThrow().outcome()).isEmpty();
    }
}
