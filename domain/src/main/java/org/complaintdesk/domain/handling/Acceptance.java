package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/** The complaint was found in scope; the complainant was told what happens next and by when. */
public record Acceptance(Statement nextSteps, UserId acceptedBy, Instant acceptedAt) {
    public Acceptance {
        Objects.requireNonNull(nextSteps, "nextSteps");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
