package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.CALLED_BACK;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REPLIED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLVED;
import static org.complaintdesk.domain.complaint.ComplaintState.UNDER_REVIEW;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.DIRECTOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.POLICY;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SYSTEM;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.Review;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Satisfaction;
import org.junit.jupiter.api.Test;

/** The review (复查) a complainant may ask for after the reply (000 二(四)2, 002 5.2.10). */
class ReviewTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    private Instant repliedAt(Complaint c) {
        return c.handling().outcome().reply().orElseThrow().repliedAt();
    }

    @Test
    void a_called_back_complainant_asks_for_a_review_with_new_grounds() {
        Complaint calledBack = lifecycle.calledBack();
        Instant now = lifecycle.advance(Duration.ofDays(10));

        Complaint underReview = calledBack.requestReview(text("New meter photos."), POLICY, AGENT, now);

        assertThat(underReview.state()).isEqualTo(UNDER_REVIEW);
        assertThat(underReview.handling().outcome().review()).contains(Review.requested(text("New meter photos."),
                AGENT.userId(), now));
        ComplaintEvent event = stepTaken(calledBack, underReview, EventType.REVIEW_REQUESTED, AGENT, now);
        assertThat(event.note()).contains("New meter photos.");
        assertThat(event.details()).isEqualTo(
                new EventDetails.ReviewRequested(repliedAt(calledBack).plus(Duration.ofDays(30))));
    }

    @Test
    void a_review_may_be_asked_for_before_the_callback() {
        Complaint replied = lifecycle.replied();
        Instant now = lifecycle.advance(Duration.ofHours(2));

        Complaint underReview = replied.requestReview(text("I disagree."), POLICY, SYSTEM, now);

        assertThat(underReview.state()).isEqualTo(UNDER_REVIEW);
        stepTaken(replied, underReview, EventType.REVIEW_REQUESTED, SYSTEM, now);
    }

    @Test
    void a_review_asked_for_on_the_last_moment_of_the_window_is_taken() {
        Complaint calledBack = lifecycle.calledBack();
        Instant deadline = repliedAt(calledBack).plus(POLICY.reviewWindow());

        Complaint underReview = calledBack.requestReview(text("Just in time."), POLICY, AGENT, deadline);

        assertThat(underReview.state()).isEqualTo(UNDER_REVIEW);
    }

    @Test
    void a_review_asked_for_after_the_window_is_refused() {
        Complaint calledBack = lifecycle.calledBack();
        ComplaintSnapshot before = calledBack.snapshot();
        Instant late = repliedAt(calledBack).plus(POLICY.reviewWindow()).plusSeconds(1);

        refusedInState(CALLED_BACK, Reviewing.REVIEW_WINDOW_ELAPSED,
                () -> calledBack.requestReview(text("Too late."), POLICY, AGENT, late));

        unchanged(calledBack, before);
    }

    @Test
    void the_window_is_the_policy_s() {
        Complaint calledBack = lifecycle.calledBack();
        var sevenDays = new HandlingPolicy(ApprovalPolicy.defaults(), Duration.ofDays(7), 3);
        Instant eightDaysOn = repliedAt(calledBack).plus(Duration.ofDays(8));

        refusedInState(CALLED_BACK, Reviewing.REVIEW_WINDOW_ELAPSED,
                () -> calledBack.requestReview(text("A week later."), sevenDays, AGENT, eightDaysOn));
    }

    @Test
    void a_complaint_is_reviewed_only_once() {
        Complaint upheld = LifecycleFixture.stored(
                lifecycle.concludeReview(lifecycle.underReview(), ReviewOutcome.UPHELD));

        refusedInState(CALLED_BACK, Reviewing.REVIEW_ALREADY_HELD,
                () -> upheld.requestReview(text("Once more."), POLICY, AGENT, lifecycle.now()));
    }

    @Test
    void a_changed_review_does_not_open_the_way_to_a_second_one() {
        Complaint changed = lifecycle.concludeReview(lifecycle.underReview(), ReviewOutcome.CHANGED);
        Complaint repliedAgain = LifecycleFixture.stored(lifecycle.reply(lifecycle.propose(changed, Optional.empty())));

        refusedInState(REPLIED, Reviewing.REVIEW_ALREADY_HELD,
                () -> repliedAgain.requestReview(text("Again."), POLICY, AGENT, lifecycle.now()));
    }

    @Test
    void a_review_is_asked_for_only_after_the_reply() {
        Complaint resolved = lifecycle.resolved();

        refusedInState(RESOLVED, Reviewing.REVIEW_BEFORE_REPLY,
                () -> resolved.requestReview(text("Early."), POLICY, AGENT, lifecycle.now()));
    }

    @Test
    void an_upheld_review_returns_a_called_back_complaint_to_called_back() {
        Complaint underReview = lifecycle.underReview();
        Instant now = lifecycle.advance(Duration.ofDays(5));

        Complaint upheld = underReview.concludeReview(ReviewOutcome.UPHELD, text("The bill stands."), SUPERVISOR, now);

        assertThat(upheld.state()).isEqualTo(CALLED_BACK);
        Review review = upheld.handling().outcome().review().orElseThrow();
        assertThat(review.outcome()).contains(ReviewOutcome.UPHELD);
        assertThat(review.conclusion()).contains(text("The bill stands."));
        assertThat(review.concludedBy()).contains(SUPERVISOR.userId());
        assertThat(review.concludedAt()).contains(now);
        assertThat(review.grounds()).isEqualTo(underReview.handling().outcome().review().orElseThrow().grounds());
        assertThat(upheld.handling().outcome().reopenings()).isZero();
        ComplaintEvent event = stepTaken(underReview, upheld, EventType.REVIEW_CONCLUDED, SUPERVISOR, now);
        assertThat(event.note()).contains("The bill stands.");
        assertThat(event.details()).isEqualTo(new EventDetails.ReviewConcluded(ReviewOutcome.UPHELD, false));
    }

    @Test
    void an_upheld_review_without_a_callback_returns_the_complaint_to_replied() {
        Complaint underReview = lifecycle.requestReview(lifecycle.replied());
        Instant now = lifecycle.advance(Duration.ofDays(5));

        Complaint upheld = LifecycleFixture.stored(underReview)
                .concludeReview(ReviewOutcome.UPHELD, text("Stands."), DIRECTOR, now);

        assertThat(upheld.state()).isEqualTo(REPLIED);
        assertThat(upheld.handling().outcome().latestCallback()).isEmpty();
    }

    @Test
    void an_upheld_review_of_a_complainant_not_reached_returns_to_called_back() {
        Complaint unreached = lifecycle.replied().recordCallback(CallbackMethod.SMS,
                Optional.empty(), 3, Optional.empty(), POLICY, SYSTEM, lifecycle.advance(Duration.ofDays(1)));
        Complaint underReview = LifecycleFixture.stored(lifecycle.requestReview(unreached));

        Complaint upheld = underReview.concludeReview(ReviewOutcome.UPHELD, text("Stands."), DIRECTOR,
                lifecycle.advance(Duration.ofDays(1)));

        assertThat(upheld.state()).isEqualTo(CALLED_BACK);
    }

    @Test
    void a_changed_review_reopens_the_investigation() {
        Complaint underReview = lifecycle.underReview();
        Instant now = lifecycle.advance(Duration.ofDays(5));

        Complaint changed = underReview.concludeReview(ReviewOutcome.CHANGED, text("The meter was faulty."),
                DIRECTOR, now);

        assertThat(changed.state()).isEqualTo(INVESTIGATING);
        assertThat(changed.handling().outcome().reopenings()).isEqualTo(1);
        assertThat(changed.handling().outcome().review()).flatMap(Review::outcome).contains(ReviewOutcome.CHANGED);
        ComplaintEvent event = stepTaken(underReview, changed, EventType.REVIEW_CONCLUDED, DIRECTOR, now);
        assertThat(event.note()).contains("The meter was faulty.");
        assertThat(event.details()).isEqualTo(new EventDetails.ReviewConcluded(ReviewOutcome.CHANGED, true));
    }

    @Test
    void reopenings_by_callback_and_by_review_add_up() {
        Complaint reopenedByCallback = lifecycle.callBack(lifecycle.replied(), Satisfaction.UNSATISFIED);
        Complaint underReview = lifecycle.requestReview(lifecycle.callBack(
                lifecycle.reply(lifecycle.propose(reopenedByCallback, Optional.empty())), Satisfaction.SATISFIED));

        Complaint changed = lifecycle.concludeReview(underReview, ReviewOutcome.CHANGED);

        assertThat(changed.handling().outcome().reopenings()).isEqualTo(2);
    }

    @Test
    void only_a_complaint_under_review_has_a_review_to_conclude() {
        Complaint calledBack = lifecycle.calledBack();

        refusedInState(CALLED_BACK, Reviewing.NO_REVIEW_PENDING,
                () -> calledBack.concludeReview(ReviewOutcome.UPHELD, text("?"), SUPERVISOR, lifecycle.now()));
    }
}
