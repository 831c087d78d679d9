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

/** Contact (003 三.2(2)), investigation report (002 5.2.8), heating resolution (003 三.2(3)), feedback (002 5.2.9). */
class HandlingClocksTest {

    /** A hotline complaint of Monday 2 March 2026, dispatched at 10:00. */
    private static ClockFixture dispatched() {
        return received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T10:00");
    }

    private static ClockFixture dispatchedHeating() {
        return received(Channel.HOTLINE, "2026-03-02T09:00").heating().register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T10:00");
    }

    @Test
    void the_department_contacts_the_complainant_within_two_hours_of_the_dispatch() {
        ComplaintClock contact = dispatched().contact("2026-03-02T11:30").clock(ClockKind.FIRST_CONTACT, "2026-03-02T12:00");

        assertThat(contact.startedAt()).isEqualTo(at("2026-03-02T10:00"));
        assertThat(contact.due()).isEqualTo(at("2026-03-02T12:00"));
        assertThat(contact.state()).isEqualTo(ClockState.MET);
        assertThat(contact.endedBy()).contains(EventType.CONTACT_RECORDED);
    }

    @Test
    void a_contact_counts_at_the_time_it_happened_not_when_it_was_entered() {
        ComplaintClock contact = dispatched().contactRecorded("2026-03-02T11:50", "2026-03-02T12:30", ContactMethod.PHONE)
                .clock(ClockKind.FIRST_CONTACT, "2026-03-02T13:00");

        assertThat(contact.metAt()).contains(at("2026-03-02T11:50"));
        assertThat(contact.late()).isFalse();
    }

    @Test
    void a_contact_before_the_dispatch_does_not_meet_the_departments_contact_clock() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").contact("2026-03-02T09:30").dispatch("2026-03-02T10:00");

        assertThat(complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T10:30").state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void a_returned_dispatch_stops_the_departments_clocks_and_the_next_dispatch_starts_them_again() {
        var complaint = dispatched().returnComplaint("2026-03-02T10:30").dispatch("2026-03-02T11:00");

        for (ClockKind kind : new ClockKind[] {ClockKind.FIRST_CONTACT, ClockKind.INVESTIGATION_REPORT}) {
            var rounds = complaint.rounds(kind, "2026-03-02T11:10");
            assertThat(rounds).extracting(ComplaintClock::state).containsExactly(ClockState.STOPPED, ClockState.RUNNING);
            assertThat(rounds.getFirst().endedBy()).contains(EventType.DISPATCH_RETURNED);
            assertThat(rounds.getLast().startedAt()).isEqualTo(at("2026-03-02T11:00"));
        }
        assertThat(complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T11:10").due()).isEqualTo(at("2026-03-02T13:00"));
    }

    @Test
    void a_new_department_contacts_the_complainant_again_after_a_redispatch() {
        var complaint = dispatched().contact("2026-03-02T10:30").redispatch("2026-03-02T11:00");

        var rounds = complaint.rounds(ClockKind.FIRST_CONTACT, "2026-03-02T11:10");

        assertThat(rounds).extracting(ComplaintClock::state).containsExactly(ClockState.MET, ClockState.RUNNING);
        assertThat(rounds.getLast().due()).isEqualTo(at("2026-03-02T13:00"));
    }

    @Test
    void the_investigation_report_is_due_three_working_days_after_the_dispatch() {
        var complaint = dispatched().investigate("2026-03-03T10:00", InvestigationMethod.SITE_INSPECTION)
                .find("2026-03-04T15:00");

        ComplaintClock report = complaint.clock(ClockKind.INVESTIGATION_REPORT, "2026-03-05T09:00");

        // Tuesday, Wednesday, Thursday: due at the end of Thursday 5 March.
        assertThat(report.due()).isEqualTo(at("2026-03-06T00:00"));
        assertThat(report.state()).isEqualTo(ClockState.MET);
        assertThat(report.endedBy()).contains(EventType.FINDING_RECORDED);
    }

    @Test
    void a_heating_complaint_is_handled_within_24_hours_of_the_contact() {
        var complaint = dispatchedHeating().contact("2026-03-02T11:00")
                .investigate("2026-03-02T12:00", InvestigationMethod.SITE_INSPECTION).find("2026-03-02T13:00")
                .resolve("2026-03-03T09:00");

        ComplaintClock resolution = complaint.clock(ClockKind.RESOLUTION, "2026-03-03T10:00");

        assertThat(resolution.startedAt()).isEqualTo(at("2026-03-02T11:00"));
        assertThat(resolution.due()).isEqualTo(at("2026-03-03T11:00"));
        assertThat(resolution.state()).isEqualTo(ClockState.MET);
        assertThat(resolution.endedBy()).contains(EventType.RESOLUTION_PROPOSED);
    }

    @Test
    void a_heating_complaint_unresolved_a_day_after_the_contact_is_breached() {
        ComplaintClock resolution = dispatchedHeating().contact("2026-03-02T11:00")
                .contact("2026-03-02T15:00")
                .clock(ClockKind.RESOLUTION, "2026-03-03T11:00");

        // A later contact does not start the clock again: it runs from the first.
        assertThat(resolution.round()).isEqualTo(1);
        assertThat(resolution.state()).isEqualTo(ClockState.BREACHED);
        assertThat(resolution.late()).isTrue();
    }

    @Test
    void only_general_heating_complaints_have_a_resolution_clock() {
        var electricity = dispatched().contact("2026-03-02T11:00");
        var level1Heating = received(Channel.HOTLINE, "2026-03-02T09:00").heating().level1().register("2026-03-02T09:05")
                .accept("2026-03-02T09:08").dispatch("2026-03-02T09:10").contact("2026-03-02T09:30", ContactMethod.IN_PERSON);

        assertThat(electricity.has(ClockKind.RESOLUTION, "2026-03-02T12:00")).isFalse();
        // 003 三.3(3): "as fast as possible" gives no number to count against.
        assertThat(level1Heating.has(ClockKind.RESOLUTION, "2026-03-02T12:00")).isFalse();
    }

    @Test
    void the_result_is_fed_back_within_five_working_days_of_the_decision() {
        var complaint = dispatched().investigate("2026-03-03T10:00", InvestigationMethod.DOCUMENT_REVIEW)
                .find("2026-03-04T10:00").resolve("2026-03-04T15:00");

        ComplaintClock running = complaint.clock(ClockKind.FEEDBACK_AFTER_DECISION, "2026-03-04T16:00");
        assertThat(running.startedAt()).isEqualTo(at("2026-03-04T15:00"));
        // Thursday 5, Friday 6, Monday 9, Tuesday 10, Wednesday 11 March.
        assertThat(running.due()).isEqualTo(at("2026-03-12T00:00"));

        ComplaintClock met = complaint.reply("2026-03-05T10:00").clock(ClockKind.FEEDBACK_AFTER_DECISION, "2026-03-05T11:00");
        assertThat(met.state()).isEqualTo(ClockState.MET);
        assertThat(met.endedBy()).contains(EventType.REPLIED);
    }
}
