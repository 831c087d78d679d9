package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.NOTICE;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SYSTEM;
import static org.complaintdesk.domain.complaint.StepAssertions.notPermitted;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;

import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.domain.handling.Reason;
import org.junit.jupiter.api.Test;

/** What became of a notice to the complainant, on the timeline: reported by a gateway, or noted by the monitor. */
class NoticeReportsTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void a_gateways_delivery_report_is_a_timeline_entry_that_leaves_the_state_and_handling_as_they_were() {
        Complaint accepted = lifecycle.accepted();
        Instant now = lifecycle.advance(Duration.ofMinutes(2));

        Complaint reported = accepted.recordNoticeDelivered(NOTICE, SYSTEM, now);

        ComplaintEvent event = stepTaken(accepted, reported, EventType.NOTICE_DELIVERED, SYSTEM, now);
        assertThat(event.details()).isEqualTo(new EventDetails.NoticeDelivered(NOTICE));
        assertThat(reported.state()).isEqualTo(accepted.state());
        assertThat(reported.handling()).isEqualTo(accepted.handling());
    }

    @Test
    void a_failure_is_reported_with_the_gateways_reason_as_the_note_even_after_the_complaint_ended() {
        Complaint declined = lifecycle.declined();
        Instant now = lifecycle.advance(Duration.ofMinutes(5));

        Complaint reported = declined.recordNoticeFailed(NOTICE, Reason.brief("号码已停机"), SYSTEM, now);

        ComplaintEvent event = stepTaken(declined, reported, EventType.NOTICE_FAILED, SYSTEM, now);
        assertThat(event.note()).contains("号码已停机");
        assertThat(event.details()).isEqualTo(new EventDetails.NoticeFailed(NOTICE));
    }

    @Test
    void the_monitor_notes_a_notice_unconfirmed_with_the_time_it_was_to_be_confirmed_by() {
        Complaint replied = lifecycle.replied();
        Instant confirmBy = lifecycle.advance(Duration.ofMinutes(30));
        Instant now = lifecycle.advance(Duration.ofMinutes(1));

        Complaint noted = replied.recordNoticeUnconfirmed(NOTICE, confirmBy, SYSTEM, now);

        assertThat(stepTaken(replied, noted, EventType.NOTICE_UNCONFIRMED, SYSTEM, now).details())
                .isEqualTo(new EventDetails.NoticeUnconfirmed(NOTICE, confirmBy));
    }

    @Test
    void only_a_system_reports_and_an_archived_complaint_takes_no_report() {
        Complaint accepted = lifecycle.accepted();
        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, AGENT.role(),
                () -> accepted.recordNoticeDelivered(NOTICE, AGENT, lifecycle.advance(Duration.ofMinutes(1))));

        Complaint archived = lifecycle.archived();
        refusedInState(ComplaintState.ARCHIVED, Complaint.COMPLAINT_ARCHIVED,
                () -> archived.recordNoticeDelivered(NOTICE, SYSTEM, lifecycle.advance(Duration.ofMinutes(1))));
    }
}
