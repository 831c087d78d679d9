package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The complaint waits on the complainant (materials asked for, a site visit refused, the
 * complainant not reached) since {@code since}; the clocks the deadline rules name for the
 * reason stand still until the wait ends.
 */
public record ComplainantWait(PauseReason reason, Statement note, UserId recordedBy, Instant since) {
    public ComplainantWait {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(since, "since");
    }
}
