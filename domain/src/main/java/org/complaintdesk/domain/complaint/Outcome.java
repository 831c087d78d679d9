package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.handling.Reply;
import org.complaintdesk.domain.handling.Resolution;
import org.complaintdesk.domain.handling.Review;

/**
 * What the handling came to (000 二(三), 二(四)): the resolution, the reply, the latest callback and
 * the review, and how often an unsatisfied callback or a changed review reopened the handling.
 */
public record Outcome(Optional<Resolution> resolution, Optional<Reply> reply, Optional<Callback> latestCallback,
                      Optional<Review> review, int reopenings) {
    public static final Outcome NONE =
            new Outcome(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);

    public Outcome {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(latestCallback, "latestCallback");
        Objects.requireNonNull(review, "review");
        if (reopenings < 0) {
            throw new IllegalArgumentException("reopenings must not be negative");
        }
    }

    Outcome withResolution(Resolution value) {
        return new Outcome(Optional.of(value), reply, latestCallback, review, reopenings);
    }

    /** A new reply answers the latest handling; a callback on an earlier reply no longer speaks for it. */
    Outcome withReply(Reply value) {
        return new Outcome(resolution, Optional.of(value), Optional.empty(), review, reopenings);
    }

    Outcome withCallback(Callback value) {
        return new Outcome(resolution, reply, Optional.of(value), review, reopenings);
    }

    Outcome withReview(Review value) {
        return new Outcome(resolution, reply, latestCallback, Optional.of(value), reopenings);
    }

    Outcome reopened() {
        return new Outcome(resolution, reply, latestCallback, review, reopenings + 1);
    }
}
