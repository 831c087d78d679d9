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
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.junit.jupiter.api.Test;

/**
 * The waits on the complainant that the complaint's own steps record (waitOnComplainant,
 * resumeHandling) become the pauses of its clocks: {@link Pause#fromTimeline}.
 */
class WaitingClocksTest {

    /** A letter of Monday 2 March 2026 at 10:00, accepted: the reply is due at the end of Monday 9 March. */
    private static ClockFixture letter() {
        return received(Channel.LETTER, "2026-03-02T10:00").register("2026-03-02T10:05").accept("2026-03-02T10:10");
    }

    // ---------------------------------------------------------------- the pauses a timeline records

    @Test
    void a_timeline_without_waits_pauses_nothing() {
        assertThat(Pause.fromTimeline(letter().timeline())).isEmpty();
    }

    @Test
    void a_wait_and_its_end_are_one_pause_with_the_reason() {
        var timeline = letter().waitOnComplainant("2026-03-03T10:00", MATERIALS_REQUESTED).resume("2026-03-05T10:00")
                .timeline();

        assertThat(Pause.fromTimeline(timeline))
                .containsExactly(Pause.between(at("2026-03-03T10:00"), at("2026-03-05T10:00"), MATERIALS_REQUESTED));
    }

    @Test
    void a_wait_in_progress_is_a_pause_without_an_end() {
        var timeline = letter().waitOnComplainant("2026-03-03T10:00", COMPLAINANT_UNREACHABLE).timeline();

        assertThat(Pause.fromTimeline(timeline)).containsExactly(Pause.open(at("2026-03-03T10:00"), COMPLAINANT_UNREACHABLE));
    }

    @Test
    void waits_one_after_another_are_pauses_in_their_order() {
        var timeline = letter().waitOnComplainant("2026-03-03T10:00", MATERIALS_REQUESTED).resume("2026-03-03T15:00")
                .waitOnComplainant("2026-03-04T09:00", SITE_VISIT_REFUSED).resume("2026-03-04T11:00").timeline();

        assertThat(Pause.fromTimeline(timeline)).containsExactly(
                Pause.between(at("2026-03-03T10:00"), at("2026-03-03T15:00"), MATERIALS_REQUESTED),
                Pause.between(at("2026-03-04T09:00"), at("2026-03-04T11:00"), SITE_VISIT_REFUSED));
    }

    @Test
    void the_withdrawal_of_a_waiting_complaint_ends_its_pause() {
        var timeline = letter().waitOnComplainant("2026-03-03T10:00", COMPLAINANT_UNREACHABLE).withdraw("2026-03-04T10:00")
                .timeline();

        assertThat(Pause.fromTimeline(timeline))
                .containsExactly(Pause.between(at("2026-03-03T10:00"), at("2026-03-04T10:00"), COMPLAINANT_UNREACHABLE));
    }

    // ---------------------------------------------------------------- the clocks

    @Test
    void a_reply_clock_paused_for_two_working_days_is_due_two_working_days_later() {
        // Tuesday 10:00 to Thursday 10:00: two working days of waiting on the complainant.
        ComplaintClock reply = letter().waitOnComplainant("2026-03-03T10:00", MATERIALS_REQUESTED).resume("2026-03-05T10:00")
                .clock(ClockKind.REPLY, "2026-03-05T11:00");

        assertThat(reply.pausedTime()).isEqualTo(Duration.ofDays(2));
        assertThat(reply.due()).isEqualTo(at("2026-03-12T00:00"));
        assertThat(reply.originalDue()).isEqualTo(reply.due());
        assertThat(reply.isPaused()).isFalse();
        assertThat(reply.state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void while_the_complaint_waits_its_clocks_stand_still_and_show_the_reason() {
        ComplaintClock reply = letter().waitOnComplainant("2026-03-03T10:00", SITE_VISIT_REFUSED)
                .clock(ClockKind.REPLY, "2026-03-04T10:00");

        assertThat(reply.state()).isEqualTo(ClockState.RUNNING);
        assertThat(reply.pause()).hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo(SITE_VISIT_REFUSED));
        assertThat(reply.pausedTime()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void a_withdrawal_stops_the_clock_with_the_time_waited_until_then() {
        ComplaintClock reply = letter().waitOnComplainant("2026-03-03T10:00", COMPLAINANT_UNREACHABLE)
                .withdraw("2026-03-04T10:00").clock(ClockKind.REPLY, "2026-03-06T10:00");

        assertThat(reply.state()).isEqualTo(ClockState.STOPPED);
        assertThat(reply.pausedTime()).isEqualTo(Duration.ofDays(1));
        assertThat(reply.isPaused()).isFalse();
    }

    @Test
    void a_clock_whose_rule_names_no_pause_runs_on_while_the_complaint_waits() {
        // The callback (24 hours after the reply, 003 三.2(5)) is the company's call to make.
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T09:30").contact("2026-03-02T10:00")
                .investigate("2026-03-02T11:00", InvestigationMethod.SITE_INSPECTION).find("2026-03-02T12:00")
                .resolve("2026-03-02T13:00").reply("2026-03-02T14:00")
                .waitOnComplainant("2026-03-02T15:00", COMPLAINANT_UNREACHABLE);

        ComplaintClock callback = complaint.clock(ClockKind.CALLBACK, "2026-03-02T18:00");

        assertThat(callback.pausedTime()).isZero();
        assertThat(callback.isPaused()).isFalse();
        assertThat(callback.due()).isEqualTo(at("2026-03-03T14:00"));
    }
}
