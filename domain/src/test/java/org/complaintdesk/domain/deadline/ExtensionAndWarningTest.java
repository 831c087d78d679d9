package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;

import java.util.List;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.IllegalTransitionException;
import org.complaintdesk.domain.complaint.Step;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.Violations;
import org.junit.jupiter.api.Test;

/** Extensions (002 3.4), the early warning at 80% and the difference between breached and met late. */
class ExtensionAndWarningTest {

    /** A letter of Monday 2 March 2026 at 10:00, whose reply is due at the end of Monday 9 March. */
    private static ClockFixture letter() {
        return received(Channel.LETTER, "2026-03-02T10:00").register("2026-03-02T10:05").accept("2026-03-02T10:10")
                .dispatch("2026-03-02T10:20");
    }

    private static ClockFixture dispatchedAtTen() {
        return received(Channel.HOTLINE, "2026-03-02T09:00").register("2026-03-02T09:05")
                .accept("2026-03-02T09:10").dispatch("2026-03-02T10:00");
    }

    @Test
    void an_extension_approved_in_time_moves_the_due_and_keeps_the_original() {
        var complaint = letter().extend(ClockKind.REPLY, "2026-03-13T00:00", "2026-03-09T10:00");

        ComplaintClock reply = complaint.clock(ClockKind.REPLY, "2026-03-11T09:00");
        assertThat(reply.originalDue()).isEqualTo(at("2026-03-10T00:00"));
        assertThat(reply.due()).isEqualTo(at("2026-03-13T00:00"));
        assertThat(reply.extension()).isPresent();
        assertThat(reply.state()).isEqualTo(ClockState.RUNNING);

        ComplaintClock met = complaint.investigate("2026-03-11T10:00", InvestigationMethod.DOCUMENT_REVIEW)
                .find("2026-03-11T11:00").resolve("2026-03-11T12:00").reply("2026-03-12T10:00", ContactMethod.LETTER)
                .clock(ClockKind.REPLY, "2026-03-12T11:00");
        assertThat(met.state()).isEqualTo(ClockState.MET);
        assertThat(met.late()).isFalse();
    }

    @Test
    void an_extension_granted_on_the_timeline_moves_the_due_from_its_approval_on() {
        var complaint = letter().extensionGranted(ClockKind.REPLY, "2026-03-13T00:00", "2026-03-06T09:00",
                "2026-03-06T11:00");

        ComplaintClock before = complaint.clock(ClockKind.REPLY, "2026-03-06T10:00");
        ComplaintClock after = complaint.clock(ClockKind.REPLY, "2026-03-11T09:00");

        assertThat(before.due()).isEqualTo(at("2026-03-10T00:00"));
        assertThat(before.extension()).isEmpty();
        assertThat(after.due()).isEqualTo(at("2026-03-13T00:00"));
        assertThat(after.state()).isEqualTo(ClockState.RUNNING);
        assertThat(after.extension()).hasValueSatisfying(e -> {
            assertThat(e.approvedAt()).isEqualTo(at("2026-03-06T11:00"));
            assertThat(e.approvedBy().value()).isEqualTo("supervisor-3");
            assertThat(e.reason().value()).isEqualTo("the meter is at the lab");
        });
    }

    @Test
    void a_rejected_extension_or_one_due_at_its_approval_extends_nothing() {
        var rejected = letter();
        rejected.extensionGranted(ClockKind.REPLY, "2026-03-13T00:00", "2026-03-06T09:00", "2026-03-06T11:00");
        var events = rejected.timeline().stream()
                .map(e -> e.details() instanceof EventDetails.ExtensionApproved(var r)
                        ? e.withDetails(new EventDetails.ExtensionApproved(new EventDetails.DecidedRequest(r.clock(),
                        e.occurredAt(), r.reason(), r.requestedBy(), r.requestedAt(), r.complainantToldAt())))
                        : e)
                .toList();

        assertThat(Extension.fromTimeline(events)).isEmpty();
        assertThat(Extension.fromTimeline(rejected.timeline())).singleElement()
                .satisfies(e -> assertThat(e.clock()).isEqualTo(ClockKind.REPLY));
    }

    @Test
    void an_extension_approved_after_the_clock_ran_out_changes_nothing() {
        ComplaintClock reply = letter().extend(ClockKind.REPLY, "2026-03-13T00:00", "2026-03-10T09:00")
                .clock(ClockKind.REPLY, "2026-03-10T10:00");

        assertThat(reply.state()).isEqualTo(ClockState.BREACHED);
        assertThat(reply.due()).isEqualTo(at("2026-03-10T00:00"));
        assertThat(reply.extension()).isEmpty();
    }

    @Test
    void waiting_on_the_complainant_after_an_extension_moves_the_new_due_on() {
        ComplaintClock reply = letter().extend(ClockKind.REPLY, "2026-03-13T00:00", "2026-03-09T10:00")
                .pause("2026-03-11T00:00", "2026-03-12T00:00", PauseReason.MATERIALS_REQUESTED)
                .clock(ClockKind.REPLY, "2026-03-12T09:00");

        assertThat(reply.due()).isEqualTo(at("2026-03-14T00:00"));
        // Without the extension it had run out before the wait began.
        assertThat(reply.originalDue()).isEqualTo(at("2026-03-10T00:00"));
    }

    @Test
    void a_clock_refuses_an_extension_it_cannot_take() {
        ComplaintClock running = letter().clock(ClockKind.REPLY, "2026-03-05T09:00");
        ComplaintClock met = letter().contact("2026-03-02T11:00").clock(ClockKind.FIRST_CONTACT, "2026-03-02T12:00");

        assertThat(rule(() -> running.checkGrantedDue(at("2026-03-09T00:00"), Step.APPROVE_EXTENSION, DISPATCHED)))
                .isEqualTo(ComplaintClock.EXTENSION_NOT_LATER);
        assertThat(rule(() -> running.checkExtensible(Step.APPROVE_EXTENSION, DISPATCHED, at("2026-03-10T09:00"))))
                .isEqualTo(ComplaintClock.CLOCK_RAN_OUT);
        assertThat(rule(() -> met.checkExtensible(Step.REQUEST_EXTENSION, DISPATCHED, at("2026-03-02T11:30"))))
                .isEqualTo(ComplaintClock.CLOCK_NOT_RUNNING);
        running.checkExtensible(Step.APPROVE_EXTENSION, DISPATCHED, at("2026-03-05T09:00"));
        running.checkGrantedDue(at("2026-03-13T00:00"), Step.APPROVE_EXTENSION, DISPATCHED);
    }

    @Test
    void a_new_due_asked_for_that_is_not_later_than_the_clock_s_due_is_a_bad_new_due_time() {
        ComplaintClock running = letter().clock(ClockKind.REPLY, "2026-03-05T09:00");
        var values = new Violations();

        running.checkRequestedDue(at("2026-03-09T00:00"), values);
        running.checkRequestedDue(at("2026-03-13T00:00"), values);

        assertThat(values.list()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("new_due_time", ComplaintClock.EXTENSION_NOT_LATER));
    }

    @Test
    void a_new_due_refused_already_is_not_refused_again_as_not_later() {
        ComplaintClock running = letter().clock(ClockKind.REPLY, "2026-03-05T09:00");
        var values = new Violations();
        values.add("new_due_time", "EXTENSION_DUE_PASSED", "must be in the future");

        running.checkRequestedDue(at("2026-03-04T00:00"), values);

        assertThat(values.list()).extracting(FieldViolation::rule).containsExactly("EXTENSION_DUE_PASSED");
    }

    @Test
    void the_review_window_is_not_extended() {
        ComplaintClock window = letter().investigate("2026-03-03T10:00", InvestigationMethod.DOCUMENT_REVIEW)
                .find("2026-03-03T11:00").resolve("2026-03-03T12:00").reply("2026-03-04T10:00", ContactMethod.LETTER)
                .callBack("2026-03-04T15:00", Satisfaction.SATISFIED).clock(ClockKind.REVIEW_WINDOW, "2026-03-05T09:00");

        assertThat(rule(() -> window.checkExtensible(Step.REQUEST_EXTENSION, DISPATCHED, at("2026-03-05T09:00"))))
                .isEqualTo(ComplaintClock.WINDOW_NOT_EXTENDED);
    }

    @Test
    void a_clock_warns_when_80_percent_of_its_time_has_passed() {
        ComplaintClock contact = dispatchedAtTen().clock(ClockKind.FIRST_CONTACT, "2026-03-02T10:30");

        assertThat(contact.warnAt()).isEqualTo(at("2026-03-02T11:36"));
        assertThat(contact.isWarning(at("2026-03-02T11:35"))).isFalse();
        assertThat(contact.isWarning(at("2026-03-02T11:36"))).isTrue();
        assertThat(contact.isWarning(at("2026-03-02T12:00"))).isFalse();
        assertThat(contact.isOverdue(at("2026-03-02T12:00"))).isTrue();
    }

    @Test
    void a_working_day_clock_warns_by_working_time_and_the_weekend_does_not_count() {
        // 134 working hours from Monday 10:00 to the end of Monday 9 March; the last 20% (26 h 48 min)
        // are Monday 9 March and the last 2 h 48 min of Friday 6 March.
        ComplaintClock reply = letter().clock(ClockKind.REPLY, "2026-03-03T09:00");

        assertThat(reply.warnAt()).isEqualTo(at("2026-03-06T21:12"));
    }

    @Test
    void the_warning_share_is_the_rules() {
        var halfway = DeadlinePolicy.seedDefaults().overlaidWith("halfway", RuleText.parse("""
                FIRST_CONTACT period=2h warn=50% start=DISPATCHED met=CONTACT_RECORDED
                """));

        assertThat(dispatchedAtTen().under(halfway).clock(ClockKind.FIRST_CONTACT, "2026-03-02T10:30").warnAt())
                .isEqualTo(at("2026-03-02T11:00"));
    }

    @Test
    void a_clock_still_waiting_past_its_due_is_breached_and_one_met_after_it_is_met_late() {
        ComplaintClock breached = dispatchedAtTen().clock(ClockKind.FIRST_CONTACT, "2026-03-02T12:30");
        ComplaintClock metLate = dispatchedAtTen().contact("2026-03-02T12:40").clock(ClockKind.FIRST_CONTACT, "2026-03-02T13:00");
        ComplaintClock inTime = dispatchedAtTen().contact("2026-03-02T11:59").clock(ClockKind.FIRST_CONTACT, "2026-03-02T13:00");

        assertThat(breached.state()).isEqualTo(ClockState.BREACHED);
        assertThat(breached.late()).isTrue();
        assertThat(breached.isMetLate()).isFalse();
        assertThat(metLate.state()).isEqualTo(ClockState.MET);
        assertThat(metLate.isMetLate()).isTrue();
        assertThat(inTime.isMetLate()).isFalse();
    }

    @Test
    void the_next_attention_is_the_earliest_warning_or_due_of_a_running_clock() {
        var complaint = dispatchedAtTen();

        List<ComplaintClock> at1030 = complaint.clocks("2026-03-02T10:30");
        List<ComplaintClock> at1140 = complaint.clocks("2026-03-02T11:40");

        assertThat(ClockBook.nextAttention(at1030, at("2026-03-02T10:30"))).contains(at("2026-03-02T11:36"));
        assertThat(ClockBook.nextAttention(at1140, at("2026-03-02T11:40"))).contains(at("2026-03-02T12:00"));
    }

    @Test
    void a_complaint_whose_clocks_have_all_ended_needs_no_attention() {
        var complaint = dispatchedAtTen().withdraw("2026-03-02T10:30");

        assertThat(ClockBook.nextAttention(complaint.clocks("2026-03-02T11:00"), at("2026-03-02T11:00"))).isEmpty();
    }

    /** The rule a refusal names; it is one of the complaint as it stands, with the complaint's state. */
    private static String rule(Runnable check) {
        try {
            check.run();
        } catch (IllegalTransitionException e) {
            assertThat(e.currentState()).isEqualTo(DISPATCHED);
            return e.rule();
        }
        throw new AssertionError("the extension was not refused");
    }
}
