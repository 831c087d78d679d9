package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The proposed handling (000 二(三), 001 (四)): measures, any compensation or fee reduction, and the
 * approver's decision where approval is required.
 */
public record Resolution(Statement measures, Optional<Remedy> remedy, UserId proposedBy, Instant proposedAt,
                         ApprovalStatus approval, Optional<UserId> decidedBy, Optional<Instant> decidedAt,
                         Optional<Statement> decisionNote) {
    public Resolution {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decisionNote, "decisionNote");
    }

    public static Resolution proposed(Statement measures, Optional<Remedy> remedy, UserId by, Instant at,
                                      boolean needsApproval) {
        return new Resolution(measures, remedy, by, at,
                needsApproval ? ApprovalStatus.PENDING : ApprovalStatus.NOT_REQUIRED,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Resolution decided(ApprovalStatus decision, UserId by, Instant at, Optional<Statement> note) {
        return new Resolution(measures, remedy, proposedBy, proposedAt, decision, Optional.of(by), Optional.of(at), note);
    }
}
