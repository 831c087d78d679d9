package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.CALLED_BACK;
import static org.complaintdesk.domain.complaint.ComplaintState.REPLIED;
import static org.complaintdesk.domain.complaint.ComplaintState.UNDER_REVIEW;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.complaintdesk.domain.handling.Review;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;

/**
 * The review (复查, 000 二(四)2, 002 5.2.10): a complainant with new facts or reasons asks, within the
 * policy's window after the reply, for the level above to look again; a complaint gets one review.
 * Upheld, the earlier result stands; changed, the handling reopens.
 */
public final class Reviewing {
    public static final String REVIEW_BEFORE_REPLY = "REVIEW_BEFORE_REPLY";
    public static final String REVIEW_ALREADY_HELD = "REVIEW_ALREADY_HELD";
    public static final String REVIEW_WINDOW_ELAPSED = "REVIEW_WINDOW_ELAPSED";
    public static final String NO_REVIEW_PENDING = "NO_REVIEW_PENDING";

    private Reviewing() {
    }

    static Complaint requestReview(Complaint c, Statement grounds, HandlingPolicy policy, Actor actor, Instant now) {
        c.authorize(Step.REQUEST_REVIEW, actor);
        c.requireState(Step.REQUEST_REVIEW, EnumSet.of(REPLIED, CALLED_BACK), REVIEW_BEFORE_REPLY,
                "a review is asked for after the reply (state REPLIED or CALLED_BACK)");
        Outcome outcome = c.handling().outcome();
        if (outcome.review().isPresent()) {
            throw new IllegalTransitionException(REVIEW_ALREADY_HELD, Step.REQUEST_REVIEW, c.state(),
                    "a complaint is reviewed once");
        }
        Instant deadline = outcome.reply().orElseThrow().repliedAt().plus(policy.reviewWindow());
        if (now.isAfter(deadline)) {
            throw new IllegalTransitionException(REVIEW_WINDOW_ELAPSED, Step.REQUEST_REVIEW, c.state(),
                    "a review must be asked for within " + policy.reviewWindow().toDays() + " days of the reply");
        }
        return c.step(Step.REQUEST_REVIEW, UNDER_REVIEW, actor, now, Optional.of(grounds.value()),
                new EventDetails.ReviewRequested(deadline),
                c.handling().with(outcome.withReview(Review.requested(grounds, actor.userId(), now))));
    }

    /** Records what the complainant was told of the conclusion. */
    static Complaint concludeReview(Complaint c, ReviewOutcome result, Statement conclusion, Actor actor, Instant now) {
        c.authorize(Step.CONCLUDE_REVIEW, actor);
        c.requireState(Step.CONCLUDE_REVIEW, EnumSet.of(UNDER_REVIEW), NO_REVIEW_PENDING,
                "only a complaint under review (state UNDER_REVIEW) has a review to conclude");
        Outcome outcome = c.handling().outcome();
        Outcome concluded = outcome.withReview(
                outcome.review().orElseThrow().concluded(result, conclusion, actor.userId(), now));
        var details = new EventDetails.ReviewConcluded(result, result == ReviewOutcome.CHANGED);
        if (details.reopened()) {
            return c.step(Step.CONCLUDE_REVIEW, c.reopenedState(), actor, now, Optional.of(conclusion.value()), details,
                    c.handling().with(concluded.reopened()));
        }
        ComplaintState back = outcome.latestCallback().isPresent() ? CALLED_BACK : REPLIED;
        return c.step(Step.CONCLUDE_REVIEW, back, actor, now, Optional.of(conclusion.value()), details,
                c.handling().with(concluded));
    }
}
