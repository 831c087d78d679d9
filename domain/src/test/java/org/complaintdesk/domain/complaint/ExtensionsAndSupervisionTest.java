package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.DIRECTOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SYSTEM;
import static org.complaintdesk.domain.complaint.LifecycleFixture.reason;
import static org.complaintdesk.domain.complaint.LifecycleFixture.stored;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.notPermitted;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Extensions (延期, 002 3.4), supervision (督办) and the note of re-timed clocks, as steps of the complaint. */
class ExtensionsAndSupervisionTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void an_extension_is_asked_for_with_its_particulars_and_awaits_a_decision() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(5));
        Instant told = now.minus(Duration.ofMinutes(30));
        Instant newDue = now.plus(Duration.ofDays(6));

        Complaint asked = dispatched.requestExtension(ClockKind.REPLY, newDue, reason("the meter goes to the lab"),
                text("We found a fault in the meter and await the lab."), told, AGENT, now);

        assertThat(asked.state()).isEqualTo(dispatched.state());
        assertThat(asked.handling().oversight().pendingExtension()).hasValueSatisfying(r -> {
            assertThat(r.clock()).isEqualTo(ClockKind.REPLY);
            assertThat(r.newDue()).isEqualTo(newDue);
            assertThat(r.complainantToldAt()).isEqualTo(told);
            assertThat(r.requestedBy()).isEqualTo(AGENT.userId());
        });
        ComplaintEvent event = stepTaken(dispatched, asked, EventType.EXTENSION_REQUESTED, AGENT, now);
        assertThat(event.note()).contains("We found a fault in the meter and await the lab.");
        assertThat(event.details()).isEqualTo(new EventDetails.ExtensionRequested(ClockKind.REPLY, newDue,
                new org.complaintdesk.domain.handling.Reason("the meter goes to the lab"), told));
    }

    @Test
    void a_lead_approves_it_and_the_approval_names_what_was_granted() {
        Complaint asked = stored(lifecycle.requestExtension(lifecycle.dispatched()));
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint approved = asked.approveExtension(Optional.of(text("Agreed, tell the lab to hurry.")), SUPERVISOR, now);

        assertThat(approved.handling().oversight().pendingExtension()).isEmpty();
        ComplaintEvent event = stepTaken(asked, approved, EventType.EXTENSION_APPROVED, SUPERVISOR, now);
        assertThat(event.details()).isInstanceOfSatisfying(EventDetails.ExtensionApproved.class, granted -> {
            assertThat(granted.request().clock()).isEqualTo(ClockKind.REPLY);
            assertThat(granted.request().newDue())
                    .isEqualTo(asked.handling().oversight().pendingExtension().orElseThrow().newDue());
            assertThat(granted.request().requestedBy()).isEqualTo(AGENT.userId());
        });
    }

    @Test
    void a_lead_rejects_it_with_a_reason_and_the_clock_keeps_its_due() {
        Complaint asked = stored(lifecycle.requestExtension(lifecycle.dispatched()));
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint rejected = asked.rejectExtension(reason("The lab answers in a day; keep the limit."), DIRECTOR, now);

        assertThat(rejected.handling().oversight().pendingExtension()).isEmpty();
        ComplaintEvent event = stepTaken(asked, rejected, EventType.EXTENSION_REJECTED, DIRECTOR, now);
        assertThat(event.note()).contains("The lab answers in a day; keep the limit.");
    }

    @Test
    void one_extension_at_a_time() {
        Complaint asked = stored(lifecycle.requestExtension(lifecycle.dispatched()));
        Instant now = lifecycle.advance(Duration.ofHours(1));

        refusedInState(ComplaintState.DISPATCHED, ExtensionsAndSupervision.EXTENSION_ALREADY_PENDING,
                () -> asked.requestExtension(ClockKind.FIRST_CONTACT, now.plus(Duration.ofDays(1)), reason("r"), text("o"),
                        now, AGENT, now));
    }

    @Test
    void nothing_to_decide_without_a_request() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(1));

        refusedInState(ComplaintState.DISPATCHED, ExtensionsAndSupervision.NO_EXTENSION_PENDING,
                () -> dispatched.approveExtension(Optional.empty(), SUPERVISOR, now));
        refusedInState(ComplaintState.DISPATCHED, ExtensionsAndSupervision.NO_EXTENSION_PENDING,
                () -> dispatched.rejectExtension(reason("no"), SUPERVISOR, now));
    }

    @Test
    void whoever_asked_may_not_grant_it() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(1));
        Complaint asked = stored(dispatched.requestExtension(ClockKind.REPLY, now.plus(Duration.ofDays(4)), reason("lab"),
                text("opinion"), now, SUPERVISOR, now));
        Instant later = lifecycle.advance(Duration.ofHours(1));

        notPermitted(StepNotPermittedException.APPROVER_IS_PROPOSER, Role.SUPERVISOR,
                () -> asked.approveExtension(Optional.empty(), SUPERVISOR, later));
        assertThat(asked.approveExtension(Optional.empty(), DIRECTOR, later).handling().oversight().pendingExtension()).isEmpty();
    }

    @Test
    void a_new_due_in_the_past_or_a_complainant_told_in_the_future_is_refused() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> dispatched.requestExtension(ClockKind.REPLY, now.minusSeconds(1), reason("r"), text("o"), now,
                AGENT, now)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo(ExtensionsAndSupervision.EXTENSION_DUE_PASSED));
        assertThatThrownBy(() -> dispatched.requestExtension(ClockKind.REPLY, now.plus(Duration.ofDays(2)), reason("r"),
                text("o"), now.plus(Duration.ofHours(1)), AGENT, now))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo("complainant_told_time")));
    }

    @Test
    void a_new_due_in_the_past_and_a_complainant_told_in_the_future_are_refused_together() {
        Complaint dispatched = stored(lifecycle.dispatched());
        Instant now = lifecycle.advance(Duration.ofHours(1));
        ComplaintSnapshot before = dispatched.snapshot();

        assertThatThrownBy(() -> dispatched.requestExtension(ClockKind.REPLY, now.minusSeconds(1), reason("r"), text("o"),
                now.plus(Duration.ofHours(1)), AGENT, now))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("complainant_told_time", Complaint.IN_FUTURE),
                                tuple("new_due_time", ExtensionsAndSupervision.EXTENSION_DUE_PASSED)));
        unchanged(dispatched, before);
    }

    @Test
    void an_extension_whose_new_due_passed_before_the_decision_can_only_be_rejected() {
        Complaint asked = stored(lifecycle.requestExtension(lifecycle.dispatched()));
        Instant afterNewDue = lifecycle.advance(Duration.ofDays(6));

        refusedInState(ComplaintState.DISPATCHED, ExtensionsAndSupervision.EXTENSION_DUE_PASSED,
                () -> asked.approveExtension(Optional.empty(), SUPERVISOR, afterNewDue));
        assertThat(asked.rejectExtension(reason("too late"), SUPERVISOR, afterNewDue).handling().oversight().pendingExtension()).isEmpty();
    }

    @Test
    void the_monitor_escalates_a_complaint_once_per_level() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(3));

        Complaint supervised = dispatched.supervise(Role.SUPERVISOR, SupervisionCause.CLOCK_BREACHED,
                Optional.of(ClockKind.FIRST_CONTACT), text("first contact ran out"), SYSTEM, now);

        assertThat(supervised.handling().oversight().supervision()).hasValueSatisfying(s -> {
            assertThat(s.level()).isEqualTo(Role.SUPERVISOR);
            assertThat(s.cause()).isEqualTo(SupervisionCause.CLOCK_BREACHED);
            assertThat(s.clock()).contains(ClockKind.FIRST_CONTACT);
            assertThat(s.since()).isEqualTo(now);
        });
        ComplaintEvent event = stepTaken(dispatched, supervised, EventType.SUPERVISED, SYSTEM, now);
        assertThat(event.details()).isEqualTo(new EventDetails.Supervised(Role.SUPERVISOR,
                org.complaintdesk.domain.handling.SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.FIRST_CONTACT)));

        Complaint again = stored(supervised);
        ComplaintSnapshot before = again.snapshot();
        refusedInState(ComplaintState.DISPATCHED, ExtensionsAndSupervision.ALREADY_SUPERVISED,
                () -> again.supervise(Role.SUPERVISOR, SupervisionCause.REPEATED_URGES, Optional.empty(), text("urged"),
                        SYSTEM, now));
        unchanged(again, before);
        Complaint up = again.supervise(Role.DIRECTOR, SupervisionCause.BY_HAND, Optional.empty(), text("media"), DIRECTOR,
                now.plusSeconds(60));
        assertThat(up.handling().oversight().supervision().orElseThrow().level()).isEqualTo(Role.DIRECTOR);
        refusedInState(ComplaintState.DISPATCHED, ExtensionsAndSupervision.ALREADY_SUPERVISED,
                () -> stored(up).supervise(Role.SUPERVISOR, SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.REPLY),
                        text("reply ran out"), SYSTEM, now.plusSeconds(120)));
    }

    @Test
    void a_retiming_names_each_clock_moved_and_leaves_the_handling_alone() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(3));

        var moved = new DueChanges(Map.of(ClockKind.REPLY, DueChanges.DueChange.parse("2026-10-01T00:00:00Z -> 2026-10-09T00:00:00Z")));
        Complaint retimed = dispatched.recordRetiming(moved, text("the calendar changed"), SYSTEM, now);

        assertThat(retimed.handling()).isEqualTo(dispatched.handling());
        ComplaintEvent event = stepTaken(dispatched, retimed, EventType.CLOCKS_RETIMED, SYSTEM, now);
        assertThat(event.details()).isEqualTo(new EventDetails.ClocksRetimed(moved));
        assertThatThrownBy(() -> dispatched.recordRetiming(DueChanges.none(), text("nothing"), SYSTEM, now))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_use_case_names_the_clocks_a_severity_change_moved_on_the_entry_of_that_change() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofMinutes(5));
        Complaint raised = dispatched.changeSeverity(Severity.LEVEL_1, reason("the meter box is smoking"),
                LifecycleFixture.PRIORITIES, AGENT, now);
        var moved = new DueChanges(Map.of(ClockKind.REPLY,
                DueChanges.DueChange.parse("2026-10-01T00:00:00Z -> 2026-09-28T00:00:00Z")));

        Complaint annotated = raised.withRetimingNoted(moved);

        assertThat(annotated.version()).isEqualTo(raised.version());
        assertThat(annotated.newEvents().getLast().details()).isInstanceOfSatisfying(EventDetails.SeverityChanged.class,
                changed -> {
                    assertThat(changed.severity()).isEqualTo(Severity.LEVEL_1);
                    assertThat(changed.retimed()).isEqualTo(moved);
                });
        assertThatThrownBy(() -> stored(raised).withRetimingNoted(moved)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> lifecycle.urge(dispatched).withRetimingNoted(moved))
                .isInstanceOf(IllegalStateException.class);
    }
}
