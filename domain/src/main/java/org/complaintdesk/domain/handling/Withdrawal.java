package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/** The complainant withdrew the complaint (撤诉); recorded by whoever took the withdrawal. */
public record Withdrawal(Reason reason, UserId recordedBy, Instant withdrawnAt) {
    public Withdrawal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
