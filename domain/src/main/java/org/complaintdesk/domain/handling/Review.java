package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.organisation.UserId;

/**
 * A review the complainant asked for with new facts or reasons (000 二(四)2, 002 5.2.10), and its
 * conclusion once reached, with what the complainant was told.
 */
public record Review(Statement grounds, UserId requestedBy, Instant requestedAt, Optional<ReviewOutcome> outcome,
                     Optional<Statement> conclusion, Optional<UserId> concludedBy, Optional<Instant> concludedAt) {
    public Review {
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(concludedBy, "concludedBy");
        Objects.requireNonNull(concludedAt, "concludedAt");
    }

    public static Review requested(Statement grounds, UserId by, Instant at) {
        return new Review(grounds, by, at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Review concluded(ReviewOutcome outcome, Statement conclusion, UserId by, Instant at) {
        return new Review(grounds, requestedBy, requestedAt, Optional.of(outcome), Optional.of(conclusion),
                Optional.of(by), Optional.of(at));
    }
}
