package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.DECLINED;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.domain.handling.Acceptance;
import org.complaintdesk.domain.handling.Decline;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.Satisfaction;
import org.junit.jupiter.api.Test;

/** Registration's timeline entry, the acceptance review (000 二(一)3), and how new events are kept. */
class AcceptanceReviewTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void registration_leaves_one_REGISTERED_entry_with_sequence_1_and_no_state_before() {
        Complaint c = Complaint.register(new ComplaintId(UUID.randomUUID()),
                () -> TicketNumber.of(LocalDate.of(2026, 11, 23), 42), IntakeFixture.billingComplaint(),
                AGENT, lifecycle.now(), new SeverityPolicy(), new PriorityPolicy());

        assertThat(c.newEvents()).singleElement().satisfies(e -> {
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.type()).isEqualTo(EventType.REGISTERED);
            assertThat(e.actor()).isEqualTo(AGENT);
            assertThat(e.occurredAt()).isEqualTo(lifecycle.now());
            assertThat(e.stateBefore()).isEmpty();
            assertThat(e.stateAfter()).isEqualTo(REGISTERED);
            assertThat(e.note()).isEmpty();
            assertThat(e.details()).isEqualTo(new EventDetails.Registered(new TicketNumber("TS20261123000042"),
                    ComplaintKind.COMPLAINT, Channel.HOTLINE, Severity.LEVEL_3, Priority.NORMAL));
        });
        assertThat(c.handling()).isEqualTo(Handling.NONE);
        assertThat(c.storedVersion()).isZero();
    }

    @Test
    void a_restored_complaint_has_no_new_events_and_is_stored_at_its_version() {
        Complaint replied = lifecycle.replied();

        Complaint restored = Complaint.restore(replied.snapshot());

        assertThat(restored.newEvents()).isEmpty();
        assertThat(restored.storedVersion()).isEqualTo(restored.version()).isEqualTo(replied.version());
        assertThat(restored.snapshot()).isEqualTo(replied.snapshot());
    }

    @Test
    void new_events_accumulate_across_chained_steps_numbered_up_to_the_version() {
        Complaint registered = lifecycle.registered();

        Complaint replied = lifecycle.reply(lifecycle.propose(lifecycle.find(lifecycle.investigate(
                lifecycle.dispatch(lifecycle.accept(registered)))), Optional.empty()));

        assertThat(replied.newEvents()).extracting(ComplaintEvent::type).containsExactly(
                EventType.ACCEPTED, EventType.DISPATCHED, EventType.INVESTIGATION_RECORDED,
                EventType.FINDING_RECORDED, EventType.RESOLUTION_PROPOSED, EventType.REPLIED);
        assertThat(replied.newEvents()).extracting(ComplaintEvent::sequence).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(replied.version()).isEqualTo(7);
        assertThat(replied.storedVersion()).isEqualTo(replied.version() - 6).isEqualTo(registered.version());
    }

    @Test
    void a_registered_complaint_keeps_its_registration_event_among_the_new_ones() {
        Complaint c = Complaint.register(new ComplaintId(UUID.randomUUID()),
                () -> TicketNumber.of(LocalDate.of(2026, 11, 23), 1), IntakeFixture.billingComplaint(),
                AGENT, lifecycle.now(), new SeverityPolicy(), new PriorityPolicy());

        Complaint calledBack = lifecycle.callBack(lifecycle.reply(lifecycle.propose(lifecycle.find(
                lifecycle.investigate(lifecycle.dispatch(lifecycle.accept(c)))), Optional.empty())),
                Satisfaction.SATISFIED);

        assertThat(calledBack.newEvents()).hasSize(8).first()
                .extracting(ComplaintEvent::type).isEqualTo(EventType.REGISTERED);
        assertThat(calledBack.storedVersion()).isZero();
    }

    @Test
    void accepting_tells_the_complainant_the_next_steps_and_awaits_dispatch() {
        Complaint registered = lifecycle.registered();
        Instant now = lifecycle.advance(Duration.ofMinutes(20));

        Complaint accepted = registered.accept(text("We will read your meter again within 3 days."), AGENT, now);

        assertThat(accepted.state()).isEqualTo(ACCEPTED);
        assertThat(accepted.handling().acceptance()).contains(
                new Acceptance(text("We will read your meter again within 3 days."), AGENT.userId(), now));
        ComplaintEvent event = stepTaken(registered, accepted, EventType.ACCEPTED, AGENT, now);
        assertThat(event.note()).contains("We will read your meter again within 3 days.");
        assertThat(event.details()).isEqualTo(new EventDetails.Accepted());
        assertThat(event.changedState()).isTrue();
    }

    @Test
    void declining_records_the_reason_and_where_to_turn_instead() {
        Complaint registered = lifecycle.registered();
        Instant now = lifecycle.advance(Duration.ofMinutes(20));

        Complaint declined = registered.decline(DeclineReason.BEFORE_COURT_OR_ARBITRATION,
                text("The matter is before the district court."), SUPERVISOR, now);

        assertThat(declined.state()).isEqualTo(DECLINED);
        assertThat(declined.handling().decline()).contains(new Decline(DeclineReason.BEFORE_COURT_OR_ARBITRATION,
                text("The matter is before the district court."), SUPERVISOR.userId(), now));
        assertThat(declined.handling().acceptance()).isEmpty();
        ComplaintEvent event = stepTaken(registered, declined, EventType.DECLINED, SUPERVISOR, now);
        assertThat(event.note()).contains("The matter is before the district court.");
        assertThat(event.details()).isEqualTo(new EventDetails.Declined(
                org.complaintdesk.domain.handling.DeclineReason.BEFORE_COURT_OR_ARBITRATION));
    }

    @Test
    void an_accepted_complaint_cannot_be_accepted_again() {
        Complaint accepted = lifecycle.accepted();

        refusedInState(ACCEPTED, AcceptanceAndDispatch.ACCEPTANCE_ALREADY_DECIDED,
                () -> accepted.accept(text("again"), AGENT, lifecycle.now()));
    }

    @Test
    void an_accepted_complaint_cannot_be_declined_afterwards() {
        Complaint accepted = lifecycle.accepted();

        refusedInState(ACCEPTED, AcceptanceAndDispatch.ACCEPTANCE_ALREADY_DECIDED, () -> accepted.decline(
                DeclineReason.DUPLICATE, text("duplicate"), AGENT, lifecycle.now()));
    }

    @Test
    void a_declined_complaint_cannot_be_accepted() {
        Complaint declined = lifecycle.declined();

        refusedInState(DECLINED, AcceptanceAndDispatch.ACCEPTANCE_ALREADY_DECIDED,
                () -> declined.accept(text("on second thought"), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void a_refused_acceptance_leaves_the_complaint_as_it_was() {
        Complaint accepted = lifecycle.accepted();
        ComplaintSnapshot before = accepted.snapshot();

        refusedInState(ACCEPTED, AcceptanceAndDispatch.ACCEPTANCE_ALREADY_DECIDED,
                () -> accepted.accept(text("again"), AGENT, lifecycle.now()));

        unchanged(accepted, before);
    }

    @Test
    void a_step_leaves_the_complaint_it_was_called_on_as_it_was() {
        Complaint registered = lifecycle.registered();
        ComplaintSnapshot before = registered.snapshot();

        lifecycle.accept(registered);

        unchanged(registered, before);
    }
}
