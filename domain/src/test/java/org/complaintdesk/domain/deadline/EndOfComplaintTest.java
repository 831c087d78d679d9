package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;

import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.junit.jupiter.api.Test;

/** A withdrawn complaint (撤诉) waits for nothing more: whichever clock runs stops at the withdrawal. */
class EndOfComplaintTest {

    private static ClockFixture heatingComplaint() {
        return received(Channel.HOTLINE, "2026-03-02T09:00").heating().register("2026-03-02T09:05");
    }

    private static void stoppedByTheWithdrawal(ComplaintClock clock, String at) {
        assertThat(clock.state()).isEqualTo(ClockState.STOPPED);
        assertThat(clock.endedBy()).contains(EventType.WITHDRAWN);
        assertThat(clock.stoppedAt()).contains(at(at));
        assertThat(clock.late()).isFalse();
    }

    @Test
    void a_withdrawal_before_the_acceptance_stops_the_registration() {
        var complaint = heatingComplaint().withdraw("2026-03-02T09:30");

        stoppedByTheWithdrawal(complaint.clock(ClockKind.REGISTRATION, "2026-03-02T10:00"), "2026-03-02T09:30");
    }

    @Test
    void a_withdrawal_after_the_contact_stops_the_heating_resolution() {
        var complaint = heatingComplaint().accept("2026-03-02T09:10").dispatch("2026-03-02T09:20")
                .contact("2026-03-02T10:00").withdraw("2026-03-02T11:00");

        stoppedByTheWithdrawal(complaint.clock(ClockKind.RESOLUTION, "2026-03-02T12:00"), "2026-03-02T11:00");
    }

    @Test
    void a_withdrawal_after_the_decision_stops_the_feedback_and_after_the_reply_the_callback() {
        var resolved = heatingComplaint().accept("2026-03-02T09:10").dispatch("2026-03-02T09:20")
                .investigate("2026-03-02T10:00", InvestigationMethod.SITE_INSPECTION).find("2026-03-02T10:30")
                .resolve("2026-03-02T11:00");
        var replied = heatingComplaint().accept("2026-03-02T09:10").dispatch("2026-03-02T09:20")
                .investigate("2026-03-02T10:00", InvestigationMethod.SITE_INSPECTION).find("2026-03-02T10:30")
                .resolve("2026-03-02T11:00").reply("2026-03-02T12:00");

        stoppedByTheWithdrawal(resolved.withdraw("2026-03-02T11:30").clock(ClockKind.FEEDBACK_AFTER_DECISION,
                "2026-03-02T13:00"), "2026-03-02T11:30");
        stoppedByTheWithdrawal(replied.withdraw("2026-03-02T12:30").clock(ClockKind.CALLBACK, "2026-03-02T13:00"),
                "2026-03-02T12:30");
    }

    @Test
    void a_clock_stopped_after_its_due_shows_that_it_had_run_out() {
        var complaint = heatingComplaint().accept("2026-03-02T09:10").dispatch("2026-03-02T09:20")
                .withdraw("2026-03-02T12:00");

        ComplaintClock contact = complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T13:00");

        assertThat(contact.state()).isEqualTo(ClockState.STOPPED);
        assertThat(contact.late()).isTrue();
    }
}
