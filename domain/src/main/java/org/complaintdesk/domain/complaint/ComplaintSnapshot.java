package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * The whole state of a {@link Complaint}, as stored: its identity, where it stands, and a few
 * value objects for what was reported, how it is classified and triaged, who registered it and
 * how it is handled. Persistence reads and writes this; only {@link Complaint#restore} turns it
 * back into an aggregate.
 */
public record ComplaintSnapshot(
        ComplaintId id,
        TicketNumber ticketNumber,
        ComplaintState state,
        Submission submission,
        Classification classification,
        Triage triage,
        Registration registration,
        Handling handling,
        Instant updatedAt,
        long version) {

    public ComplaintSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The snapshot after one step: new state and handling, one version on. */
    ComplaintSnapshot next(ComplaintState newState, Handling newHandling, Instant now) {
        return new ComplaintSnapshot(id, ticketNumber, newState, submission, classification, triage, registration,
                newHandling, now, version + 1);
    }

    ComplaintSnapshot with(Classification newClassification) {
        return new ComplaintSnapshot(id, ticketNumber, state, submission, newClassification, triage, registration,
                handling, updatedAt, version);
    }

    ComplaintSnapshot with(Triage newTriage) {
        return new ComplaintSnapshot(id, ticketNumber, state, submission, classification, newTriage, registration,
                handling, updatedAt, version);
    }
}
