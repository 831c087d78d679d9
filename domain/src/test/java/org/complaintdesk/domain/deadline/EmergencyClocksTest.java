package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;

import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.junit.jupiter.api.Test;

/** The emergency procedure of a level-1 complaint (003 三.3): on site in 30 minutes, news every 2 hours. */
class EmergencyClocksTest {

    /** A gas leak reported on Monday 2 March 2026, dispatched to the emergency team at 10:00. */
    private static ClockFixture dispatchedGasLeak() {
        return received(Channel.HOTLINE, "2026-03-02T09:50").level1().register("2026-03-02T09:52")
                .accept("2026-03-02T09:55").dispatch("2026-03-02T10:00");
    }

    @Test
    void the_emergency_team_is_on_site_within_30_minutes_and_a_phone_call_is_not_arrival() {
        var complaint = dispatchedGasLeak().contact("2026-03-02T10:10", ContactMethod.PHONE);

        ComplaintClock waiting = complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T10:15");
        assertThat(waiting.state()).isEqualTo(ClockState.RUNNING);
        assertThat(waiting.due()).isEqualTo(at("2026-03-02T10:30"));

        ComplaintClock onSite = complaint.contact("2026-03-02T10:25", ContactMethod.IN_PERSON)
                .clock(ClockKind.FIRST_CONTACT, "2026-03-02T10:40");
        assertThat(onSite.state()).isEqualTo(ClockState.MET);
        assertThat(onSite.metAt()).contains(at("2026-03-02T10:25"));
    }

    @Test
    void a_site_inspection_counts_as_arrival_on_site() {
        ComplaintClock onSite = dispatchedGasLeak().investigate("2026-03-02T10:20", InvestigationMethod.SITE_INSPECTION)
                .clock(ClockKind.FIRST_CONTACT, "2026-03-02T10:40");

        assertThat(onSite.endedBy()).contains(EventType.INVESTIGATION_RECORDED);
        assertThat(onSite.late()).isFalse();
    }

    @Test
    void arrival_after_30_minutes_is_met_late() {
        ComplaintClock onSite = dispatchedGasLeak().contact("2026-03-02T10:45", ContactMethod.IN_PERSON)
                .clock(ClockKind.FIRST_CONTACT, "2026-03-02T11:00");

        assertThat(onSite.isMetLate()).isTrue();
    }

    @Test
    void the_complainant_hears_of_the_progress_every_2_hours_each_contact_starting_the_next_period() {
        var complaint = dispatchedGasLeak().contact("2026-03-02T11:30");

        var rounds = complaint.rounds(ClockKind.PROGRESS_UPDATE, "2026-03-02T12:00");
        assertThat(rounds).extracting(ComplaintClock::state).containsExactly(ClockState.MET, ClockState.RUNNING);
        assertThat(rounds.getFirst().startedAt()).isEqualTo(at("2026-03-02T10:00"));
        assertThat(rounds.getFirst().due()).isEqualTo(at("2026-03-02T12:00"));
        assertThat(rounds.getLast().startedAt()).isEqualTo(at("2026-03-02T11:30"));
        assertThat(rounds.getLast().due()).isEqualTo(at("2026-03-02T13:30"));
    }

    @Test
    void a_missed_progress_update_is_breached_until_the_next_contact_meets_it_late() {
        var complaint = dispatchedGasLeak().contact("2026-03-02T11:30");
        assertThat(complaint.clock(ClockKind.PROGRESS_UPDATE, "2026-03-02T14:00").state()).isEqualTo(ClockState.BREACHED);

        var rounds = complaint.contact("2026-03-02T14:10").rounds(ClockKind.PROGRESS_UPDATE, "2026-03-02T14:20");

        assertThat(rounds).hasSize(3);
        assertThat(rounds.get(1).isMetLate()).isTrue();
        assertThat(rounds.get(2).due()).isEqualTo(at("2026-03-02T16:10"));
    }

    @Test
    void the_progress_updates_end_with_the_reply() {
        var complaint = dispatchedGasLeak().contact("2026-03-02T10:20", ContactMethod.IN_PERSON)
                .investigate("2026-03-02T10:40", InvestigationMethod.SITE_INSPECTION).find("2026-03-02T11:00")
                .resolve("2026-03-02T11:10").reply("2026-03-02T11:20");

        ComplaintClock updates = complaint.clock(ClockKind.PROGRESS_UPDATE, "2026-03-02T15:00");

        assertThat(updates.state()).isEqualTo(ClockState.STOPPED);
        assertThat(updates.endedBy()).contains(EventType.REPLIED);
    }

    @Test
    void a_level_3_complaint_runs_no_progress_updates() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:50").register("2026-03-02T09:52")
                .accept("2026-03-02T09:55").dispatch("2026-03-02T10:00");

        assertThat(complaint.has(ClockKind.PROGRESS_UPDATE, "2026-03-02T10:30")).isFalse();
    }
}
