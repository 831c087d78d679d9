package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;

import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.Satisfaction;
import org.junit.jupiter.api.Test;

/** Callback (003 三.2(5), 三.3(7)), follow-ups (002 3.4.6) and the review window (000 二(四)2). */
class AfterTheReplyClocksTest {

    /** Received Monday 2 March 2026 at 09:00, replied at 14:00 the same day. */
    private static ClockFixture replied(ClockFixture received) {
        return received.register("2026-03-02T09:05").accept("2026-03-02T09:10").dispatch("2026-03-02T09:15")
                .investigate("2026-03-02T11:00", InvestigationMethod.SITE_INSPECTION).find("2026-03-02T12:00")
                .resolve("2026-03-02T13:00").reply("2026-03-02T14:00");
    }

    private static ClockFixture replied() {
        return replied(received(Channel.HOTLINE, "2026-03-02T09:00"));
    }

    @Test
    void the_callback_follows_within_24_hours_of_the_reply() {
        var complaint = replied();

        ComplaintClock running = complaint.clock(ClockKind.CALLBACK, "2026-03-02T15:00");
        assertThat(running.startedAt()).isEqualTo(at("2026-03-02T14:00"));
        assertThat(running.due()).isEqualTo(at("2026-03-03T14:00"));

        ComplaintClock met = complaint.callBack("2026-03-03T10:00", Satisfaction.SATISFIED)
                .clock(ClockKind.CALLBACK, "2026-03-03T11:00");
        assertThat(met.state()).isEqualTo(ClockState.MET);
        assertThat(met.endedBy()).contains(EventType.CALLBACK_RECORDED);
    }

    @Test
    void after_a_level_1_complaint_the_callback_has_48_hours() {
        var complaint = replied(received(Channel.HOTLINE, "2026-03-02T09:00").level1());

        assertThat(complaint.clock(ClockKind.CALLBACK, "2026-03-02T15:00").due()).isEqualTo(at("2026-03-04T14:00"));
    }

    @Test
    void an_unsatisfied_callback_restarts_the_follow_ups_and_the_second_reply_another_callback() {
        var complaint = replied().callBack("2026-03-03T10:00", Satisfaction.UNSATISFIED);

        var followUps = complaint.rounds(ClockKind.FOLLOW_UP, "2026-03-03T11:00");
        assertThat(followUps).extracting(ComplaintClock::state).containsExactly(ClockState.STOPPED, ClockState.RUNNING);
        assertThat(followUps.getFirst().endedBy()).contains(EventType.REPLIED);
        assertThat(followUps.getLast().startedAt()).isEqualTo(at("2026-03-03T10:00"));
        assertThat(followUps.getLast().due()).isEqualTo(at("2026-03-05T10:00"));

        complaint.resolve("2026-03-04T10:00").reply("2026-03-04T11:00");
        var callbacks = complaint.rounds(ClockKind.CALLBACK, "2026-03-04T12:00");
        assertThat(callbacks).extracting(ComplaintClock::state).containsExactly(ClockState.MET, ClockState.RUNNING);
        assertThat(callbacks.getLast().due()).isEqualTo(at("2026-03-05T11:00"));
    }

    @Test
    void the_first_follow_up_is_due_48_hours_after_receipt_and_then_every_week() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T09:15").contact("2026-03-03T10:00");

        var rounds = complaint.rounds(ClockKind.FOLLOW_UP, "2026-03-03T11:00");

        assertThat(rounds.getFirst().due()).isEqualTo(at("2026-03-04T09:00"));
        assertThat(rounds.getFirst().state()).isEqualTo(ClockState.MET);
        assertThat(rounds.getLast().round()).isEqualTo(2);
        assertThat(rounds.getLast().startedAt()).isEqualTo(at("2026-03-03T10:00"));
        assertThat(rounds.getLast().due()).isEqualTo(at("2026-03-10T10:00"));
    }

    @Test
    void an_urgent_complaint_is_first_followed_up_within_24_hours() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").level1().register("2026-03-02T09:05");

        assertThat(complaint.clock(ClockKind.FOLLOW_UP, "2026-03-02T10:00").due()).isEqualTo(at("2026-03-03T09:00"));
    }

    @Test
    void the_review_window_opens_with_the_reply_and_is_used_by_a_request_for_review() {
        var complaint = replied().callBack("2026-03-03T10:00", Satisfaction.SATISFIED);

        ComplaintClock open = complaint.clock(ClockKind.REVIEW_WINDOW, "2026-03-03T11:00");
        assertThat(open.due()).isEqualTo(at("2026-04-01T14:00"));
        assertThat(open.isWarning(at("2026-03-31T14:00"))).isFalse();

        ComplaintClock used = complaint.requestReview("2026-03-10T09:00").clock(ClockKind.REVIEW_WINDOW, "2026-03-10T10:00");
        assertThat(used.state()).isEqualTo(ClockState.MET);
    }

    @Test
    void a_review_window_that_runs_out_unused_elapses_and_nobody_is_late() {
        var complaint = replied().callBack("2026-03-03T10:00", Satisfaction.SATISFIED);

        // Still open at its due, as Complaint.requestReview allows a request then.
        assertThat(complaint.clock(ClockKind.REVIEW_WINDOW, "2026-04-01T14:00").state()).isEqualTo(ClockState.RUNNING);
        ComplaintClock window = complaint.clock(ClockKind.REVIEW_WINDOW, "2026-04-01T14:01");

        assertThat(window.state()).isEqualTo(ClockState.ELAPSED);
        assertThat(window.late()).isFalse();
        assertThat(window.isOverdue(at("2026-04-02T00:00"))).isFalse();
        assertThat(window.nextAttention(at("2026-04-01T14:01"))).isEmpty();
    }

    @Test
    void closing_the_complaint_ends_the_review_window() {
        var complaint = replied().callBack("2026-03-03T10:00", Satisfaction.SATISFIED).close("2026-03-03T11:00");

        ComplaintClock window = complaint.clock(ClockKind.REVIEW_WINDOW, "2026-03-04T00:00");

        assertThat(window.state()).isEqualTo(ClockState.STOPPED);
        assertThat(window.endedBy()).contains(EventType.CLOSED);
        assertThat(ClockBook.current(complaint.clocks("2026-03-04T00:00"))).noneMatch(ComplaintClock::isRunning);
    }
}
