package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/** A supervisor urged the handling of the complaint on (催办), with a note to those handling it. */
public record Urge(Statement note, UserId urgedBy, Instant urgedAt) {
    public Urge {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(urgedBy, "urgedBy");
        Objects.requireNonNull(urgedAt, "urgedAt");
    }
}
