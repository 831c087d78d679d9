package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/** The complaint was not accepted, with the reason and guidance on where to turn instead. */
public record Decline(DeclineReason reason, Statement guidance, UserId declinedBy, Instant declinedAt) {
    public Decline {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(declinedBy, "declinedBy");
        Objects.requireNonNull(declinedAt, "declinedAt");
    }
}
