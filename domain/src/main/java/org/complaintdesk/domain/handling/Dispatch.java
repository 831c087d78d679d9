package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/** The current dispatch: to whom, by whom, when. */
public record Dispatch(Assignment assignment, UserId dispatchedBy, Instant dispatchedAt) {
    public Dispatch {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(dispatchedBy, "dispatchedBy");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    }
}
