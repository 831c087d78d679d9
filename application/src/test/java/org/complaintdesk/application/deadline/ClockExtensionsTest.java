package org.complaintdesk.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintdesk.application.deadline.DeadlineDesk.at;
import static org.complaintdesk.application.deadline.DeadlineDesk.clock;

import java.time.Duration;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.IllegalTransitionException;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Extensions of a stored complaint's clocks (002 3.4), and the note a severity change leaves of the clocks it moved. */
class ClockExtensionsTest {
    private final DeadlineDesk desk = new DeadlineDesk("2026-03-02T10:00");
    private final ComplaintClocks clocks = desk.clocks(DeadlinePolicies.seedForAll());

    /** A letter of Monday 2 March, 10:00: its reply is due at the end of Monday 9 March. */
    private Complaint letter() {
        return desk.dispatch(desk.accept(desk.register(Channel.LETTER, Duration.ZERO)));
    }

    @Test
    void an_extension_granted_before_the_clock_runs_out_moves_its_due() {
        Complaint c = letter();
        desk.advance(Duration.ofDays(3));

        Complaint asked = desk.requestExtension(c, ClockKind.REPLY, at("2026-03-13T00:00"), clocks);
        desk.advance(Duration.ofHours(2));
        Complaint granted = desk.approveExtension(asked, clocks);

        ComplaintClock reply = clock(clocks.current(granted), ClockKind.REPLY);
        assertThat(reply.originalDue()).isEqualTo(at("2026-03-10T00:00"));
        assertThat(reply.due()).isEqualTo(at("2026-03-13T00:00"));
        assertThat(reply.extension()).hasValueSatisfying(e -> assertThat(e.approvedAt()).isEqualTo(desk.clock.instant()));
        assertThat(desk.timeline(granted)).extracting(e -> e.type())
                .containsSubsequence(EventType.EXTENSION_REQUESTED, EventType.EXTENSION_APPROVED);
    }

    @Test
    void a_clock_that_ran_out_or_never_started_is_not_extended_and_nothing_is_stored() {
        Complaint c = letter();
        desk.advance(Duration.ofDays(9));

        assertThatThrownBy(() -> desk.requestExtension(c, ClockKind.REPLY, at("2026-03-20T00:00"), clocks))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.rule()).isEqualTo(ComplaintClock.CLOCK_RAN_OUT);
                    assertThat(e.currentState()).isEqualTo(c.state());
                });
        assertThatThrownBy(() -> desk.requestExtension(c, ClockKind.CALLBACK, at("2026-03-20T00:00"), clocks))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo(ComplaintClock.CLOCK_NOT_RUNNING));
        assertThat(desk.store.findById(c.id()).orElseThrow().version()).isEqualTo(c.version());
    }

    @Test
    void an_extension_is_refused_at_the_approval_if_the_clock_ran_out_meanwhile() {
        Complaint asked = desk.requestExtension(letter(), ClockKind.REPLY, at("2026-03-13T00:00"), clocks);
        desk.advance(Duration.ofDays(8));

        assertThatThrownBy(() -> desk.approveExtension(asked, clocks))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo(ComplaintClock.CLOCK_RAN_OUT));
    }

    @Test
    void a_new_due_not_later_than_the_clock_s_is_a_bad_value() {
        Complaint c = letter();

        assertThatThrownBy(() -> desk.requestExtension(c, ClockKind.REPLY, at("2026-03-05T00:00"), clocks))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("new_due_time", ComplaintClock.EXTENSION_NOT_LATER)));
        assertThatThrownBy(() -> ClockExtensions.kindOf("LUNCH_BREAK")).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(ClockExtensions.UNKNOWN_CLOCK));
    }

    @Test
    void a_new_due_not_later_than_the_clock_s_and_a_complainant_told_in_the_future_are_refused_together() {
        Complaint c = letter();

        assertThatThrownBy(() -> desk.requestExtension(c, ClockKind.REPLY, at("2026-03-05T00:00"),
                desk.clock.instant().plus(Duration.ofHours(1)), clocks))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("complainant_told_time", Complaint.IN_FUTURE),
                                tuple("new_due_time", ComplaintClock.EXTENSION_NOT_LATER)));
        assertThat(desk.store.findById(c.id()).orElseThrow().version()).isEqualTo(c.version());
    }

    @Test
    void a_clock_that_ran_out_is_refused_before_any_value_asked_for() {
        Complaint c = letter();
        desk.advance(Duration.ofDays(9));

        assertThatThrownBy(() -> desk.requestExtension(c, ClockKind.REPLY, at("2026-03-01T00:00"),
                desk.clock.instant().plus(Duration.ofHours(1)), clocks))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.rule()).isEqualTo(ComplaintClock.CLOCK_RAN_OUT);
                    assertThat(e.currentState()).isEqualTo(c.state());
                });
    }

    @Test
    void raising_the_severity_notes_on_its_entry_the_clocks_it_re_timed() {
        Complaint c = letter();
        desk.advance(Duration.ofMinutes(10));

        Complaint raised = desk.changeSeverity(c, Severity.LEVEL_1, clocks);

        // Level 1: on site within 30 minutes of the dispatch instead of a contact within 2 hours.
        assertThat(desk.timeline(raised).getLast().details()).isInstanceOfSatisfying(EventDetails.SeverityChanged.class,
                changed -> assertThat(changed.retimed().changes()).containsEntry(ClockKind.FIRST_CONTACT,
                        new DueChanges.DueChange(Optional.of(at("2026-03-02T12:00")), Optional.of(at("2026-03-02T10:30")))));
    }
}
