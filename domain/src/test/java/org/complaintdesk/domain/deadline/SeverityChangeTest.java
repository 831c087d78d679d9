package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;

import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.ClockKind;
import org.junit.jupiter.api.Test;

/** A change of severity or domain re-times the running clocks under the rules that now apply. */
class SeverityChangeTest {

    /** A level-3 hotline complaint of Monday 2 March 2026, dispatched at 09:50. */
    private static ClockFixture dispatched() {
        return received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T09:50");
    }

    @Test
    void raising_the_severity_to_level_1_retimes_the_running_contact_clock_from_its_start() {
        var complaint = dispatched().changeSeverity("2026-03-02T10:10", Severity.LEVEL_1);

        var rounds = complaint.rounds(ClockKind.FIRST_CONTACT, "2026-03-02T10:15");

        assertThat(rounds).singleElement().satisfies(contact -> {
            assertThat(contact.startedAt()).isEqualTo(at("2026-03-02T09:50"));
            assertThat(contact.due()).isEqualTo(at("2026-03-02T10:20"));
            assertThat(contact.rule().scope().severities()).containsExactly(Severity.LEVEL_1);
        });
    }

    @Test
    void raising_the_severity_to_level_1_starts_the_progress_updates_from_the_dispatch() {
        var complaint = dispatched().changeSeverity("2026-03-02T10:10", Severity.LEVEL_1);

        ComplaintClock updates = complaint.clock(ClockKind.PROGRESS_UPDATE, "2026-03-02T10:15");

        assertThat(updates.startedAt()).isEqualTo(at("2026-03-02T09:50"));
        assertThat(updates.due()).isEqualTo(at("2026-03-02T11:50"));
    }

    @Test
    void a_clock_met_before_the_change_keeps_its_verdict() {
        var complaint = dispatched().changeSeverity("2026-03-02T10:10", Severity.LEVEL_1);

        // Forwarded in 50 minutes: in time for level 3, though level 1 asks for 15.
        assertThat(complaint.rounds(ClockKind.FORWARD_TO_DEPARTMENT, "2026-03-02T10:15")).singleElement()
                .satisfies(forward -> assertThat(forward.late()).isFalse());
    }

    @Test
    void when_the_new_limit_has_already_passed_it_runs_from_the_change() {
        // The phone call met the level-3 clock; level 1 needs the team on site, 30 minutes from now.
        var complaint = dispatched().contact("2026-03-02T10:30").changeSeverity("2026-03-02T11:00", Severity.LEVEL_1);

        var rounds = complaint.rounds(ClockKind.FIRST_CONTACT, "2026-03-02T11:05");

        assertThat(rounds).extracting(ComplaintClock::state).containsExactly(ClockState.MET, ClockState.RUNNING);
        assertThat(rounds.getLast().startedAt()).isEqualTo(at("2026-03-02T11:00"));
        assertThat(rounds.getLast().due()).isEqualTo(at("2026-03-02T11:30"));
    }

    @Test
    void a_clock_already_overdue_at_the_change_ends_late_and_a_new_round_runs_from_the_change() {
        var complaint = dispatched().changeSeverity("2026-03-02T12:30", Severity.LEVEL_1);

        var rounds = complaint.rounds(ClockKind.FIRST_CONTACT, "2026-03-02T12:35");

        assertThat(rounds.getFirst().state()).isEqualTo(ClockState.STOPPED);
        assertThat(rounds.getFirst().late()).isTrue();
        assertThat(rounds.getFirst().endedBy()).contains(EventType.SEVERITY_CHANGED);
        assertThat(rounds.getLast().due()).isEqualTo(at("2026-03-02T13:00"));
    }

    @Test
    void lowering_the_severity_relaxes_the_running_clocks_and_stops_the_progress_updates() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").level1().register("2026-03-02T09:02")
                .accept("2026-03-02T09:05").dispatch("2026-03-02T09:10")
                .changeSeverity("2026-03-02T09:20", Severity.LEVEL_3);

        ComplaintClock contact = complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T09:30");
        ComplaintClock updates = complaint.clock(ClockKind.PROGRESS_UPDATE, "2026-03-02T09:30");

        assertThat(contact.due()).isEqualTo(at("2026-03-02T11:10"));
        assertThat(updates.state()).isEqualTo(ClockState.STOPPED);
        assertThat(updates.endedBy()).contains(EventType.SEVERITY_CHANGED);
        assertThat(updates.late()).isFalse();
    }

    @Test
    void reclassifying_a_complaint_as_heating_starts_the_resolution_clock_from_the_contact() {
        var complaint = dispatched().contact("2026-03-02T10:30").reclassify("2026-03-02T11:00", UtilityDomain.HEATING);

        ComplaintClock resolution = complaint.clock(ClockKind.RESOLUTION, "2026-03-02T11:05");

        assertThat(resolution.startedAt()).isEqualTo(at("2026-03-02T10:30"));
        assertThat(resolution.due()).isEqualTo(at("2026-03-03T10:30"));
    }

    @Test
    void the_facts_of_a_stored_complaint_are_wound_back_to_its_registration() {
        var complaint = dispatched().changeSeverity("2026-03-02T10:10", Severity.LEVEL_1)
                .reclassify("2026-03-02T10:20", UtilityDomain.HEATING);

        ClockFacts facts = complaint.facts();

        assertThat(facts.severity()).isEqualTo(Severity.LEVEL_3);
        assertThat(facts.utilityDomain()).isEqualTo(UtilityDomain.ELECTRICITY);
        assertThat(facts.receivedAt()).isEqualTo(at("2026-03-02T09:00"));
    }
}
