package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;
import static org.complaintdesk.domain.handling.PauseReason.COMPLAINANT_UNREACHABLE;
import static org.complaintdesk.domain.handling.PauseReason.MATERIALS_REQUESTED;
import static org.complaintdesk.domain.handling.PauseReason.SITE_VISIT_REFUSED;

import java.time.Duration;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.handling.ClockKind;
import org.junit.jupiter.api.Test;

/** Stop-the-clock: time spent waiting on the complainant is left out of the clocks that policy names. */
class PauseTest {

    /** A hotline complaint of Monday 2 March 2026, dispatched at 10:00: the contact clock runs to 12:00. */
    private static ClockFixture dispatched() {
        return received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T10:00");
    }

    /** A letter of Monday 2 March 2026 at 10:00: the reply is due at the end of Monday 9 March. */
    private static ClockFixture letter() {
        return received(Channel.LETTER, "2026-03-02T10:00").register("2026-03-02T10:05");
    }

    @Test
    void an_hour_of_waiting_moves_an_hourly_clock_an_hour_on() {
        ComplaintClock contact = dispatched().pause("2026-03-02T10:30", "2026-03-02T11:30", COMPLAINANT_UNREACHABLE)
                .clock(ClockKind.FIRST_CONTACT, "2026-03-02T12:30");

        assertThat(contact.due()).isEqualTo(at("2026-03-02T13:00"));
        assertThat(contact.pausedTime()).isEqualTo(Duration.ofHours(1));
        assertThat(contact.state()).isEqualTo(ClockState.RUNNING);
        assertThat(contact.isPaused()).isFalse();
    }

    @Test
    void a_working_day_clock_moves_by_the_working_time_paused() {
        // Friday noon to Monday noon: 12 working hours on Friday and 12 on Monday.
        ComplaintClock reply = letter().pause("2026-03-06T12:00", "2026-03-09T12:00", MATERIALS_REQUESTED)
                .clock(ClockKind.REPLY, "2026-03-09T13:00");

        assertThat(reply.originalDue()).isEqualTo(reply.due());
        assertThat(reply.pausedTime()).isEqualTo(Duration.ofHours(24));
        assertThat(reply.due()).isEqualTo(at("2026-03-11T00:00"));
    }

    @Test
    void waiting_over_a_weekend_costs_a_working_day_clock_nothing() {
        ComplaintClock reply = letter().pause("2026-03-07T09:00", "2026-03-08T18:00", MATERIALS_REQUESTED)
                .clock(ClockKind.REPLY, "2026-03-09T13:00");

        assertThat(reply.pausedTime()).isZero();
        assertThat(reply.due()).isEqualTo(at("2026-03-10T00:00"));
    }

    @Test
    void working_hours_paused_before_a_weekend_carry_the_due_into_the_next_working_day() {
        // Received Friday 6 March: due at the end of Friday 13 March. Three working hours paused on Monday.
        ComplaintClock reply = received(Channel.LETTER, "2026-03-06T10:00").register("2026-03-06T10:05")
                .pause("2026-03-09T09:00", "2026-03-09T12:00", SITE_VISIT_REFUSED)
                .clock(ClockKind.REPLY, "2026-03-10T09:00");

        assertThat(reply.originalDue()).isEqualTo(at("2026-03-16T03:00"));
        assertThat(reply.due()).isEqualTo(at("2026-03-16T03:00"));
    }

    @Test
    void a_clock_waiting_on_the_complainant_now_shows_the_reason_and_is_neither_overdue_nor_awaited() {
        var complaint = dispatched().pauseSince("2026-03-02T10:30", COMPLAINANT_UNREACHABLE);

        ComplaintClock contact = complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T12:30");

        assertThat(contact.isPaused()).isTrue();
        assertThat(contact.pause()).hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo(COMPLAINANT_UNREACHABLE));
        // As if the wait ended now: two hours paused.
        assertThat(contact.due()).isEqualTo(at("2026-03-02T14:00"));
        assertThat(contact.isOverdue(at("2026-03-02T15:00"))).isFalse();
        assertThat(contact.isWarning(at("2026-03-02T13:50"))).isFalse();
        assertThat(contact.nextAttention(at("2026-03-02T12:30"))).isEmpty();
    }

    @Test
    void a_pause_with_a_known_end_asks_for_attention_when_it_ends() {
        var complaint = dispatched().pause("2026-03-02T10:30", "2026-03-02T13:00", SITE_VISIT_REFUSED);

        ComplaintClock contact = complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T12:30");

        assertThat(contact.isPaused()).isTrue();
        assertThat(contact.nextAttention(at("2026-03-02T12:30"))).contains(at("2026-03-02T13:00"));
        assertThat(complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T13:00").due()).isEqualTo(at("2026-03-02T14:30"));
    }

    @Test
    void only_the_clocks_whose_rule_names_the_reason_pause() {
        var complaint = dispatched().pause("2026-03-02T09:06", "2026-03-02T09:08", MATERIALS_REQUESTED)
                .pause("2026-03-02T10:30", "2026-03-02T11:30", MATERIALS_REQUESTED);

        // Registration is the company's own step: the complainant's waiting does not pause it.
        assertThat(complaint.clock(ClockKind.REGISTRATION, "2026-03-02T12:00").pausedTime()).isZero();
        assertThat(complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T12:00").pausedTime()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_pause_that_begins_after_the_clock_ran_out_does_not_save_it() {
        ComplaintClock contact = dispatched().pause("2026-03-02T12:30", "2026-03-02T13:30", COMPLAINANT_UNREACHABLE)
                .clock(ClockKind.FIRST_CONTACT, "2026-03-02T14:00");

        assertThat(contact.state()).isEqualTo(ClockState.BREACHED);
        assertThat(contact.due()).isEqualTo(at("2026-03-02T12:00"));
        assertThat(contact.pausedTime()).isZero();
    }

    @Test
    void a_pause_after_the_clock_was_met_is_not_its_concern() {
        ComplaintClock contact = dispatched().contact("2026-03-02T11:00")
                .pause("2026-03-02T11:30", "2026-03-02T12:30", COMPLAINANT_UNREACHABLE)
                .clock(ClockKind.FIRST_CONTACT, "2026-03-02T14:00");

        assertThat(contact.pausedTime()).isZero();
        assertThat(contact.due()).isEqualTo(at("2026-03-02T12:00"));
    }

    @Test
    void overlapping_pauses_count_their_time_once() {
        ComplaintClock contact = dispatched().pause("2026-03-02T10:30", "2026-03-02T11:30", COMPLAINANT_UNREACHABLE)
                .pause("2026-03-02T11:00", "2026-03-02T12:00", SITE_VISIT_REFUSED)
                .clock(ClockKind.FIRST_CONTACT, "2026-03-02T12:30");

        assertThat(contact.pausedTime()).isEqualTo(Duration.ofMinutes(90));
        assertThat(contact.due()).isEqualTo(at("2026-03-02T13:30"));
    }
}
