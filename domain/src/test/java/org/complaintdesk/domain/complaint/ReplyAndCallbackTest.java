package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.CALLED_BACK;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REPLIED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLUTION_PROPOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLVED;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.POLICY;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SYSTEM;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.invalid;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Reply;
import org.complaintdesk.domain.handling.Satisfaction;
import org.junit.jupiter.api.Test;

/** The reply (000 二(三)3, 002 ch.5) and the callback with its satisfaction (000 二(四)1, 004 二 回访组). */
class ReplyAndCallbackTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void a_resolved_complaint_is_replied_to_and_awaits_the_callback() {
        Complaint resolved = lifecycle.resolved();
        Instant now = lifecycle.advance(Duration.ofHours(4));

        Complaint replied = resolved.reply(ContactMethod.LETTER, text("Dear Mr Wang, ..."), LEAD_HANDLER, now);

        assertThat(replied.state()).isEqualTo(REPLIED);
        assertThat(replied.handling().outcome().reply()).contains(
                new Reply(ContactMethod.LETTER, text("Dear Mr Wang, ..."), LEAD_HANDLER.userId(), now));
        ComplaintEvent event = stepTaken(resolved, replied, EventType.REPLIED, LEAD_HANDLER, now);
        assertThat(event.note()).contains("Dear Mr Wang, ...");
        assertThat(event.details()).isEqualTo(new EventDetails.Replied(org.complaintdesk.domain.handling.ContactMethod.LETTER));
    }

    @Test
    void a_complaint_is_not_replied_to_while_the_investigation_runs() {
        Complaint withFinding = lifecycle.withFinding();
        ComplaintSnapshot before = withFinding.snapshot();

        refusedInState(INVESTIGATING, ReplyAndCallback.REPLY_BEFORE_RESOLUTION,
                () -> withFinding.reply(ContactMethod.PHONE, text("too early"), AGENT, lifecycle.now()));

        unchanged(withFinding, before);
    }

    @Test
    void a_complaint_is_not_replied_to_while_its_resolution_awaits_approval() {
        Complaint proposed = lifecycle.resolutionProposed();

        refusedInState(RESOLUTION_PROPOSED, ReplyAndCallback.REPLY_BEFORE_RESOLUTION,
                () -> proposed.reply(ContactMethod.PHONE, text("too early"), AGENT, lifecycle.now()));
    }

    @Test
    void an_accepted_consultation_is_answered_without_investigation() {
        Complaint accepted = lifecycle.accepted(LifecycleFixture.consultation());
        Instant now = lifecycle.advance(Duration.ofMinutes(10));

        Complaint replied = accepted.reply(ContactMethod.ONLINE, text("The tariff is 0.53 yuan per kWh."), SYSTEM, now);

        assertThat(replied.state()).isEqualTo(REPLIED);
        stepTaken(accepted, replied, EventType.REPLIED, SYSTEM, now);
    }

    @Test
    void a_dispatched_consultation_is_answered_by_the_department() {
        Complaint dispatched = lifecycle.dispatched(LifecycleFixture.consultation());
        Instant now = lifecycle.advance(Duration.ofMinutes(10));

        Complaint replied = dispatched.reply(ContactMethod.PHONE, text("Explained."), LEAD_HANDLER, now);

        assertThat(replied.state()).isEqualTo(REPLIED);
        stepTaken(dispatched, replied, EventType.REPLIED, LEAD_HANDLER, now);
    }

    @Test
    void a_satisfied_callback_is_recorded_and_the_complaint_may_be_closed() {
        Complaint replied = lifecycle.replied();
        Instant now = lifecycle.advance(Duration.ofHours(20));

        Complaint calledBack = replied.recordCallback(CallbackMethod.PHONE, Optional.of(Satisfaction.SATISFIED), 1,
                Optional.of(text("Thanked the fitter.")), POLICY, AGENT, now);

        assertThat(calledBack.state()).isEqualTo(CALLED_BACK);
        assertThat(calledBack.handling().outcome().latestCallback()).contains(new Callback(CallbackMethod.PHONE,
                Optional.of(Satisfaction.SATISFIED), 1, Optional.of(text("Thanked the fitter.")), AGENT.userId(), now));
        assertThat(calledBack.handling().outcome().reopenings()).isZero();
        ComplaintEvent event = stepTaken(replied, calledBack, EventType.CALLBACK_RECORDED, AGENT, now);
        assertThat(event.note()).contains("Thanked the fitter.");
        assertThat(event.details()).isEqualTo(new EventDetails.CallbackRecorded(org.complaintdesk.domain.handling.CallbackMethod.PHONE, 1,
                Optional.of(org.complaintdesk.domain.handling.Satisfaction.SATISFIED), false));
    }

    @Test
    void a_basically_satisfied_complainant_does_not_reopen_the_complaint() {
        Complaint replied = lifecycle.replied();

        Complaint calledBack = replied.recordCallback(CallbackMethod.QUESTIONNAIRE,
                Optional.of(Satisfaction.BASICALLY_SATISFIED), 1, Optional.empty(), POLICY, SYSTEM, lifecycle.now());

        assertThat(calledBack.state()).isEqualTo(CALLED_BACK);
        assertThat(calledBack.newEvents().getLast().note()).isEmpty();
        assertThat(calledBack.newEvents().getLast().details()).isInstanceOfSatisfying(
                EventDetails.CallbackRecorded.class, c -> assertThat(c.reopened()).isFalse());
    }

    @Test
    void an_unsatisfied_callback_reopens_the_investigation() {
        Complaint replied = lifecycle.replied();
        Instant now = lifecycle.advance(Duration.ofHours(20));

        Complaint reopened = replied.recordCallback(CallbackMethod.PHONE, Optional.of(Satisfaction.UNSATISFIED), 2,
                Optional.of(text("The bill is still wrong.")), POLICY, AGENT, now);

        assertThat(reopened.state()).isEqualTo(INVESTIGATING);
        assertThat(reopened.handling().outcome().reopenings()).isEqualTo(1);
        assertThat(reopened.handling().outcome().latestCallback()).map(Callback::unsatisfied).contains(true);
        ComplaintEvent event = stepTaken(replied, reopened, EventType.CALLBACK_RECORDED, AGENT, now);
        assertThat(event.note()).contains("The bill is still wrong.");
        assertThat(event.details()).isEqualTo(new EventDetails.CallbackRecorded(org.complaintdesk.domain.handling.CallbackMethod.PHONE, 2,
                Optional.of(org.complaintdesk.domain.handling.Satisfaction.UNSATISFIED), true));
    }

    @Test
    void a_reopened_complaint_is_resolved_and_replied_to_again_and_the_old_callback_no_longer_counts() {
        Complaint reopened = LifecycleFixture.stored(lifecycle.callBack(lifecycle.replied(), Satisfaction.UNSATISFIED));

        Complaint repliedAgain = lifecycle.reply(lifecycle.propose(reopened, Optional.empty()));

        assertThat(repliedAgain.state()).isEqualTo(REPLIED);
        assertThat(repliedAgain.handling().outcome().latestCallback()).isEmpty();
        assertThat(repliedAgain.handling().outcome().reply()).map(Reply::repliedAt).contains(lifecycle.now());
        assertThat(repliedAgain.handling().outcome().reopenings()).isEqualTo(1);
    }

    @Test
    void every_unsatisfied_callback_counts_as_a_reopening() {
        Complaint reopened = lifecycle.callBack(lifecycle.replied(), Satisfaction.UNSATISFIED);

        Complaint reopenedTwice = lifecycle.callBack(lifecycle.reply(lifecycle.propose(reopened, Optional.empty())),
                Satisfaction.UNSATISFIED);

        assertThat(reopenedTwice.state()).isEqualTo(INVESTIGATING);
        assertThat(reopenedTwice.handling().outcome().reopenings()).isEqualTo(2);
    }

    @Test
    void a_complainant_not_reached_after_the_policy_s_attempts_counts_as_called_back() {
        Complaint replied = lifecycle.replied();
        Instant now = lifecycle.advance(Duration.ofHours(30));

        Complaint calledBack = replied.recordCallback(CallbackMethod.PHONE, Optional.empty(),
                POLICY.callbackAttempts(), Optional.of(text("No answer three times.")), POLICY, AGENT, now);

        assertThat(calledBack.state()).isEqualTo(CALLED_BACK);
        assertThat(calledBack.handling().outcome().latestCallback()).map(Callback::reached).contains(false);
        assertThat(calledBack.handling().outcome().reopenings()).isZero();
        assertThat(stepTaken(replied, calledBack, EventType.CALLBACK_RECORDED, AGENT, now).details())
                .isEqualTo(new EventDetails.CallbackRecorded(org.complaintdesk.domain.handling.CallbackMethod.PHONE, 3, Optional.empty(), false));
    }

    @Test
    void a_complainant_is_not_unreachable_after_fewer_attempts_than_the_policy_asks() {
        Complaint replied = lifecycle.replied();
        ComplaintSnapshot before = replied.snapshot();

        invalid(Callback.ATTEMPTS_FIELD, ReplyAndCallback.UNREACHABLE_TOO_FEW_ATTEMPTS, () -> replied.recordCallback(
                CallbackMethod.PHONE, Optional.empty(), POLICY.callbackAttempts() - 1, Optional.empty(), POLICY,
                AGENT, lifecycle.now()));

        unchanged(replied, before);
    }

    @Test
    void a_stricter_policy_asks_for_more_attempts() {
        Complaint replied = lifecycle.replied();
        var fiveAttempts = new HandlingPolicy(ApprovalPolicy.defaults(), Duration.ofDays(30), 5);

        invalid(Callback.ATTEMPTS_FIELD, ReplyAndCallback.UNREACHABLE_TOO_FEW_ATTEMPTS, () -> replied.recordCallback(
                CallbackMethod.PHONE, Optional.empty(), 4, Optional.empty(), fiveAttempts, AGENT, lifecycle.now()));
    }

    @Test
    void a_callback_follows_the_reply() {
        Complaint resolved = lifecycle.resolved();

        refusedInState(RESOLVED, ReplyAndCallback.CALLBACK_BEFORE_REPLY, () -> resolved.recordCallback(CallbackMethod.PHONE,
                Optional.of(Satisfaction.SATISFIED), 1, Optional.empty(), POLICY, AGENT, lifecycle.now()));
    }

    @Test
    void a_complaint_is_called_back_once_per_reply() {
        Complaint calledBack = lifecycle.calledBack();

        refusedInState(CALLED_BACK, ReplyAndCallback.CALLBACK_BEFORE_REPLY, () -> calledBack.recordCallback(
                CallbackMethod.PHONE, Optional.of(Satisfaction.UNSATISFIED), 1, Optional.empty(), POLICY, AGENT,
                lifecycle.now()));
    }

    @Test
    void an_unsatisfied_consultation_answered_before_any_dispatch_goes_back_to_the_dispatch_queue() {
        Complaint answered = LifecycleFixture.stored(lifecycle.reply(lifecycle.accepted(LifecycleFixture.consultation())));

        Complaint reopened = lifecycle.callBack(answered, Satisfaction.UNSATISFIED);

        assertThat(reopened.state()).isEqualTo(ComplaintState.ACCEPTED);
        assertThat(reopened.handling().outcome().reopenings()).isEqualTo(1);
        assertThat(reopened.newEvents().getLast().details()).isInstanceOfSatisfying(
                EventDetails.CallbackRecorded.class, c -> assertThat(c.reopened()).isTrue());
        Complaint dispatched = lifecycle.dispatch(LifecycleFixture.stored(reopened));
        assertThat(dispatched.state()).isEqualTo(ComplaintState.DISPATCHED);
    }
}
