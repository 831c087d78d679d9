package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.CLOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.stored;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.handling.ComplainantWait;
import org.complaintdesk.domain.handling.PauseReason;
import org.junit.jupiter.api.Test;

/** Stop-the-clock: the handling waits on the complainant, with the reason, until it resumes or the complaint ends. */
class WaitingOnComplainantTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void a_handler_waits_on_the_complainant_for_materials_and_the_complaint_keeps_its_state() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint waiting = dispatched.waitOnComplainant(PauseReason.MATERIALS_REQUESTED,
                text("Asked for the meter photos by WeChat."), LEAD_HANDLER, now);

        assertThat(waiting.state()).isEqualTo(DISPATCHED);
        assertThat(waiting.handling().oversight().complainantWait()).contains(new ComplainantWait(PauseReason.MATERIALS_REQUESTED,
                text("Asked for the meter photos by WeChat."), LEAD_HANDLER.userId(), now));
        ComplaintEvent event = stepTaken(dispatched, waiting, EventType.WAITING_ON_COMPLAINANT, LEAD_HANDLER, now);
        assertThat(event.note()).contains("Asked for the meter photos by WeChat.");
        assertThat(event.details()).isEqualTo(new EventDetails.WaitingOnComplainant(org.complaintdesk.domain.handling.PauseReason.MATERIALS_REQUESTED));
    }

    @Test
    void a_complaint_waits_on_one_thing_at_a_time() {
        Complaint waiting = stored(lifecycle.waitOnComplainant(lifecycle.dispatched(), PauseReason.MATERIALS_REQUESTED));
        ComplaintSnapshot before = waiting.snapshot();

        refusedInState(DISPATCHED, WaitingAndUrging.ALREADY_WAITING, () -> waiting.waitOnComplainant(
                PauseReason.COMPLAINANT_UNREACHABLE, text("no answer"), AGENT, lifecycle.now()));

        unchanged(waiting, before);
    }

    @Test
    void a_registered_complaint_does_not_wait_before_it_is_accepted() {
        Complaint registered = lifecycle.registered();

        refusedInState(REGISTERED, WaitingAndUrging.WAIT_BEFORE_ACCEPTANCE, () -> registered.waitOnComplainant(
                PauseReason.COMPLAINANT_UNREACHABLE, text("no answer"), AGENT, lifecycle.now()));
    }

    @Test
    void resuming_ends_the_wait_and_records_which_wait_it_ended() {
        Complaint waiting = stored(lifecycle.waitOnComplainant(lifecycle.dispatched(), PauseReason.SITE_VISIT_REFUSED));
        Instant since = waiting.handling().oversight().complainantWait().orElseThrow().since();
        Instant now = lifecycle.advance(Duration.ofDays(2));

        Complaint resumed = waiting.resumeHandling(text("The complainant agreed to a visit on Friday."), LEAD_HANDLER, now);

        assertThat(resumed.handling().oversight().complainantWait()).isEmpty();
        assertThat(resumed.state()).isEqualTo(DISPATCHED);
        ComplaintEvent event = stepTaken(waiting, resumed, EventType.WAITING_ENDED, LEAD_HANDLER, now);
        assertThat(event.note()).contains("The complainant agreed to a visit on Friday.");
        assertThat(event.details()).isEqualTo(new EventDetails.WaitingEnded(
                new EventDetails.EndedWait(org.complaintdesk.domain.handling.PauseReason.SITE_VISIT_REFUSED, since)));
    }

    @Test
    void a_complaint_that_does_not_wait_does_not_resume() {
        Complaint dispatched = lifecycle.dispatched();
        ComplaintSnapshot before = dispatched.snapshot();

        refusedInState(DISPATCHED, WaitingAndUrging.NOT_WAITING,
                () -> dispatched.resumeHandling(text("nothing to resume"), AGENT, lifecycle.now()));

        unchanged(dispatched, before);
    }

    @Test
    void once_resumed_a_complaint_may_wait_again_for_another_reason() {
        Complaint resumed = lifecycle.resume(lifecycle.waitOnComplainant(lifecycle.dispatched(),
                PauseReason.MATERIALS_REQUESTED));

        Complaint waitingAgain = lifecycle.waitOnComplainant(resumed, PauseReason.COMPLAINANT_UNREACHABLE);

        assertThat(waitingAgain.handling().oversight().complainantWait()).hasValueSatisfying(wait ->
                assertThat(wait.reason()).isEqualTo(PauseReason.COMPLAINANT_UNREACHABLE));
        assertThat(waitingAgain.newEvents()).extracting(ComplaintEvent::type).endsWith(
                EventType.WAITING_ON_COMPLAINANT, EventType.WAITING_ENDED, EventType.WAITING_ON_COMPLAINANT);
    }

    @Test
    void the_handling_goes_on_while_the_complaint_waits() {
        Complaint waiting = stored(lifecycle.waitOnComplainant(lifecycle.dispatched(), PauseReason.MATERIALS_REQUESTED));

        Complaint investigating = lifecycle.investigate(waiting);

        assertThat(investigating.state()).isEqualTo(INVESTIGATING);
        assertThat(investigating.handling().oversight().complainantWait()).isEqualTo(waiting.handling().oversight().complainantWait());
    }

    @Test
    void a_withdrawal_ends_the_wait_and_names_it_in_its_entry() {
        Complaint waiting = stored(lifecycle.waitOnComplainant(lifecycle.dispatched(), PauseReason.COMPLAINANT_UNREACHABLE));
        Instant since = waiting.handling().oversight().complainantWait().orElseThrow().since();

        Complaint withdrawn = lifecycle.withdraw(waiting);

        assertThat(withdrawn.handling().oversight().complainantWait()).isEmpty();
        assertThat(withdrawn.newEvents().getLast().details()).isEqualTo(new EventDetails.Withdrawn(
                Optional.of(new EventDetails.EndedWait(org.complaintdesk.domain.handling.PauseReason.COMPLAINANT_UNREACHABLE, since))));
    }

    @Test
    void closing_a_complaint_that_waits_after_the_callback_ends_the_wait() {
        Complaint waiting = stored(lifecycle.waitOnComplainant(lifecycle.calledBack(), PauseReason.MATERIALS_REQUESTED));

        Complaint closed = lifecycle.close(waiting);

        assertThat(closed.state()).isEqualTo(CLOSED);
        assertThat(closed.handling().oversight().complainantWait()).isEmpty();
        assertThat(closed.newEvents().getLast().details()).isInstanceOfSatisfying(EventDetails.Closed.class, c -> {
            assertThat(c.closedFrom()).isEqualTo(ComplaintState.CALLED_BACK);
            assertThat(c.endedWait().orElseThrow().reason()).isEqualTo(org.complaintdesk.domain.handling.PauseReason.MATERIALS_REQUESTED);
        });
    }

    @Test
    void a_step_that_ends_no_wait_names_none() {
        Complaint withdrawn = lifecycle.withdraw(lifecycle.dispatched());

        assertThat(withdrawn.newEvents().getLast().details()).isEqualTo(new EventDetails.Withdrawn(Optional.empty()));
        assertThat(withdrawn.handling().oversight().complainantWait()).isEmpty();
    }
}
