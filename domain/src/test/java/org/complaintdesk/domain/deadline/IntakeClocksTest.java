package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;

import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.handling.ClockKind;
import org.junit.jupiter.api.Test;

/** Registration (002 5.2.7) and forwarding to the department (003 三.2(1), 三.3(1)). */
class IntakeClocksTest {

    @Test
    void registration_runs_from_receipt_and_is_met_by_the_acceptance_decision() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05");

        ComplaintClock running = complaint.clock(ClockKind.REGISTRATION, "2026-03-02T09:10");
        assertThat(running.state()).isEqualTo(ClockState.RUNNING);
        assertThat(running.startedAt()).isEqualTo(at("2026-03-02T09:00"));
        // Monday's 1 working day ends with Tuesday.
        assertThat(running.due()).isEqualTo(at("2026-03-04T00:00"));

        ComplaintClock met = complaint.accept("2026-03-02T09:20").clock(ClockKind.REGISTRATION, "2026-03-02T09:30");
        assertThat(met.state()).isEqualTo(ClockState.MET);
        assertThat(met.metAt()).contains(at("2026-03-02T09:20"));
        assertThat(met.endedBy()).contains(EventType.ACCEPTED);
        assertThat(met.late()).isFalse();
    }

    @Test
    void a_letter_accepted_after_the_weekend_was_registered_late() {
        var complaint = received(Channel.LETTER, "2026-03-06T16:00").register("2026-03-06T16:02")
                .accept("2026-03-10T10:00");

        ComplaintClock registration = complaint.clock(ClockKind.REGISTRATION, "2026-03-10T11:00");

        // Friday's 1 working day is Monday; the acceptance came on Tuesday.
        assertThat(registration.due()).isEqualTo(at("2026-03-10T00:00"));
        assertThat(registration.isMetLate()).isTrue();
    }

    @Test
    void a_complaint_is_forwarded_within_the_hour_of_its_receipt() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T09:50");

        ComplaintClock forward = complaint.clock(ClockKind.FORWARD_TO_DEPARTMENT, "2026-03-02T10:30");

        assertThat(forward.due()).isEqualTo(at("2026-03-02T10:00"));
        assertThat(forward.state()).isEqualTo(ClockState.MET);
        assertThat(forward.late()).isFalse();
    }

    @Test
    void a_returned_dispatch_must_be_forwarded_again_within_the_hour() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T09:50").returnComplaint("2026-03-02T10:30");

        var rounds = complaint.rounds(ClockKind.FORWARD_TO_DEPARTMENT, "2026-03-02T10:40");
        assertThat(rounds).extracting(ComplaintClock::state).containsExactly(ClockState.MET, ClockState.RUNNING);
        assertThat(rounds.get(1).startedAt()).isEqualTo(at("2026-03-02T10:30"));
        assertThat(rounds.get(1).due()).isEqualTo(at("2026-03-02T11:30"));

        ComplaintClock again = complaint.dispatch("2026-03-02T11:00").clock(ClockKind.FORWARD_TO_DEPARTMENT, "2026-03-02T11:10");
        assertThat(again.round()).isEqualTo(2);
        assertThat(again.state()).isEqualTo(ClockState.MET);
    }

    @Test
    void a_level_1_complaint_is_forwarded_at_once() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").level1().register("2026-03-02T09:05")
                .accept("2026-03-02T09:08").dispatch("2026-03-02T09:20");

        ComplaintClock forward = complaint.clock(ClockKind.FORWARD_TO_DEPARTMENT, "2026-03-02T09:30");

        assertThat(forward.due()).isEqualTo(at("2026-03-02T09:15"));
        assertThat(forward.isMetLate()).isTrue();
    }

    @Test
    void a_declined_complaint_stops_the_clocks_of_handling_and_completes_its_registration() {
        var complaint = received(Channel.WEB, "2026-03-02T09:00").register("2026-03-02T09:05")
                .decline("2026-03-02T09:30");

        var clocks = ClockBook.current(complaint.clocks("2026-03-02T10:00"));

        assertThat(clocks).filteredOn(c -> c.kind() == ClockKind.REGISTRATION)
                .singleElement().extracting(ComplaintClock::state).isEqualTo(ClockState.MET);
        assertThat(clocks).filteredOn(c -> c.kind() != ClockKind.REGISTRATION)
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.state()).isEqualTo(ClockState.STOPPED);
                    assertThat(c.endedBy()).contains(EventType.DECLINED);
                    assertThat(c.stoppedAt()).contains(at("2026-03-02T09:30"));
                });
    }

    @Test
    void a_withdrawal_stops_every_running_clock() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T09:50").withdraw("2026-03-02T10:20");

        assertThat(complaint.clocks("2026-03-02T11:00"))
                .noneMatch(ComplaintClock::isRunning)
                .filteredOn(c -> c.state() == ClockState.STOPPED)
                .extracting(ComplaintClock::kind)
                .contains(ClockKind.FIRST_CONTACT, ClockKind.INVESTIGATION_REPORT, ClockKind.REPLY, ClockKind.FOLLOW_UP);
    }

    @Test
    void a_consultation_runs_no_clocks_of_investigation() {
        var consultation = received(Channel.APP, "2026-03-02T09:00").ofKind(ComplaintKind.CONSULTATION)
                .register("2026-03-02T09:05").accept("2026-03-02T09:10");

        assertThat(consultation.clocks("2026-03-02T09:30")).extracting(ComplaintClock::kind)
                .containsExactly(ClockKind.REGISTRATION, ClockKind.REPLY);
    }
}
