package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.ARCHIVED;
import static org.complaintdesk.domain.complaint.ComplaintState.CALLED_BACK;
import static org.complaintdesk.domain.complaint.ComplaintState.CLOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.REPLIED;
import static org.complaintdesk.domain.complaint.ComplaintState.WITHDRAWN;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SYSTEM;
import static org.complaintdesk.domain.complaint.LifecycleFixture.reason;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.handling.Withdrawal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.params.provider.EnumSource;

/** How a complaint ends: withdrawal (撤诉), closing, and the archive (000 二(五)1, 002 ch.10). */
class ClosingAndArchiveTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @ParameterizedTest
    @EnumSource(value = ComplaintState.class, mode = Mode.EXCLUDE, names = {"DECLINED", "WITHDRAWN", "CLOSED", "ARCHIVED"})
    void the_complainant_may_withdraw_an_open_complaint(ComplaintState open) {
        Complaint complaint = lifecycle.inState(open);
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint withdrawn = complaint.withdraw(reason("Settled with the landlord."), AGENT, now);

        assertThat(withdrawn.state()).isEqualTo(WITHDRAWN);
        assertThat(withdrawn.handling().ending().withdrawal()).contains(
                new Withdrawal(reason("Settled with the landlord."), AGENT.userId(), now));
        ComplaintEvent event = stepTaken(complaint, withdrawn, EventType.WITHDRAWN, AGENT, now);
        assertThat(event.stateBefore()).contains(open);
        assertThat(event.note()).contains("Settled with the landlord.");
        assertThat(event.details()).isEqualTo(new EventDetails.Withdrawn(Optional.empty()));
    }

    @Test
    void the_lead_handler_may_record_a_withdrawal() {
        Complaint investigating = lifecycle.investigating();
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint withdrawn = investigating.withdraw(reason("Told the fitter on site."), LEAD_HANDLER, now);

        assertThat(withdrawn.state()).isEqualTo(WITHDRAWN);
        stepTaken(investigating, withdrawn, EventType.WITHDRAWN, LEAD_HANDLER, now);
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintState.class, names = {"DECLINED", "WITHDRAWN"})
    void an_ended_complaint_cannot_be_withdrawn(ComplaintState ended) {
        Complaint complaint = lifecycle.inState(ended);

        refusedInState(ended, Complaint.COMPLAINT_NOT_OPEN,
                () -> complaint.withdraw(reason("again"), AGENT, lifecycle.now()));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintState.class, names = {"CALLED_BACK", "WITHDRAWN", "DECLINED"})
    void a_complaint_is_closed_once_called_back_withdrawn_or_declined(ComplaintState closable) {
        Complaint complaint = lifecycle.inState(closable);
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint closed = complaint.close(Optional.empty(), SYSTEM, now);

        assertThat(closed.state()).isEqualTo(CLOSED);
        assertThat(closed.handling().ending().closedAt()).contains(now);
        assertThat(closed.handling().ending().archivedAt()).isEmpty();
        ComplaintEvent event = stepTaken(complaint, closed, EventType.CLOSED, SYSTEM, now);
        assertThat(event.note()).isEmpty();
        assertThat(event.details()).isEqualTo(new EventDetails.Closed(closable, Optional.empty()));
    }

    @Test
    void closing_keeps_the_closing_note() {
        Complaint calledBack = lifecycle.calledBack();
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint closed = calledBack.close(Optional.of(text("All done.")), AGENT, now);

        assertThat(stepTaken(calledBack, closed, EventType.CLOSED, AGENT, now).note()).contains("All done.");
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintState.class, mode = Mode.EXCLUDE,
            names = {"CALLED_BACK", "WITHDRAWN", "DECLINED", "CLOSED", "ARCHIVED"})
    void a_complaint_is_not_closed_before_the_callback(ComplaintState state) {
        Complaint complaint = lifecycle.inState(state);
        ComplaintSnapshot before = complaint.snapshot();

        refusedInState(state, Closing.CLOSE_BEFORE_CALLBACK,
                () -> complaint.close(Optional.empty(), AGENT, lifecycle.now()));

        unchanged(complaint, before);
    }

    @Test
    void a_consultation_answered_without_callback_is_closed() {
        Complaint replied = LifecycleFixture.stored(lifecycle.reply(lifecycle.accepted(LifecycleFixture.consultation())));
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint closed = replied.close(Optional.empty(), AGENT, now);

        assertThat(closed.state()).isEqualTo(CLOSED);
        assertThat(stepTaken(replied, closed, EventType.CLOSED, AGENT, now).details())
                .isEqualTo(new EventDetails.Closed(REPLIED, Optional.empty()));
    }

    @Test
    void a_suggestion_answered_without_callback_is_closed() {
        Complaint replied = LifecycleFixture.stored(lifecycle.reply(lifecycle.accepted(
                LifecycleFixture.ofKind(IntakeFixture.billingComplaint(), ComplaintKind.SUGGESTION))));

        Complaint closed = replied.close(Optional.empty(), AGENT, lifecycle.advance(Duration.ofHours(1)));

        assertThat(closed.state()).isEqualTo(CLOSED);
    }

    @Test
    void a_consultation_is_not_closed_before_it_is_answered() {
        Complaint accepted = lifecycle.accepted(LifecycleFixture.consultation());

        refusedInState(ACCEPTED, Closing.CLOSE_BEFORE_CALLBACK,
                () -> accepted.close(Optional.empty(), AGENT, lifecycle.now()));
    }

    @Test
    void a_complaint_replied_to_but_not_called_back_is_not_closed() {
        Complaint replied = lifecycle.replied();

        refusedInState(REPLIED, Closing.CLOSE_BEFORE_CALLBACK,
                () -> replied.close(Optional.empty(), AGENT, lifecycle.now()));
    }

    @Test
    void a_closed_complaint_is_archived() {
        Complaint closed = lifecycle.closed();
        Instant now = lifecycle.advance(Duration.ofDays(1));

        Complaint archived = closed.archive(AGENT, now);

        assertThat(archived.state()).isEqualTo(ARCHIVED);
        assertThat(archived.handling().ending().archivedAt()).contains(now);
        assertThat(archived.handling().ending().closedAt()).isEqualTo(closed.handling().ending().closedAt());
        ComplaintEvent event = stepTaken(closed, archived, EventType.ARCHIVED, AGENT, now);
        assertThat(event.note()).isEmpty();
        assertThat(event.details()).isEqualTo(new EventDetails.Archived());
    }

    @Test
    void only_a_closed_complaint_is_archived() {
        Complaint calledBack = lifecycle.calledBack();

        refusedInState(CALLED_BACK, Closing.ARCHIVE_BEFORE_CLOSE, () -> calledBack.archive(AGENT, lifecycle.now()));
    }

    // Registration starts a new complaint: no complaint's state refuses it.
    @ParameterizedTest
    @EnumSource(value = Step.class, mode = Mode.EXCLUDE, names = "REGISTER")
    void an_archived_complaint_refuses_every_step(Step step) {
        Complaint archived = lifecycle.archived();
        ComplaintSnapshot before = archived.snapshot();

        refusedInState(ARCHIVED, Complaint.COMPLAINT_ARCHIVED, () -> lifecycle.take(step, archived, LifecycleFixture.directorOrMonitor(step)));

        unchanged(archived, before);
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, mode = Mode.EXCLUDE, names = {"REGISTER", "ARCHIVE", "REPORT_NOTICE_DELIVERED",
            "REPORT_NOTICE_FAILED", "NOTE_NOTICE_UNCONFIRMED"})
    void a_closed_complaint_refuses_every_step_but_the_archive_and_the_reports_on_its_notices(Step step) {
        Complaint closed = lifecycle.closed();
        ComplaintSnapshot before = closed.snapshot();

        refusedInState(CLOSED, Complaint.COMPLAINT_CLOSED, () -> lifecycle.take(step, closed, LifecycleFixture.directorOrMonitor(step)));

        unchanged(closed, before);
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"REPORT_NOTICE_DELIVERED", "REPORT_NOTICE_FAILED", "NOTE_NOTICE_UNCONFIRMED"})
    void a_closed_complaint_still_records_what_became_of_its_notices_and_stays_closed(Step step) {
        Complaint closed = lifecycle.closed();

        Complaint after = lifecycle.take(step, closed, LifecycleFixture.directorOrMonitor(step));

        assertThat(after.state()).isEqualTo(CLOSED);
        assertThat(after.newEvents()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(step.event()));
    }

    @Test
    void a_withdrawn_then_closed_complaint_goes_to_the_archive_with_its_withdrawal() {
        Complaint archived = lifecycle.archive(lifecycle.close(lifecycle.withdrawn()));

        assertThat(archived.state()).isEqualTo(ARCHIVED);
        assertThat(archived.handling().ending().withdrawal()).isPresent();
        assertThat(archived.newEvents()).extracting(ComplaintEvent::type)
                .containsExactly(EventType.CLOSED, EventType.ARCHIVED);
    }
}
