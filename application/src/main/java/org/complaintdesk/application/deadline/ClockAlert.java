package org.complaintdesk.application.deadline;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * A warning or a breach of one round of one clock, recorded once by the monitor and passed on to
 * people at {@code notifyAt} (held outside office hours when the policy says so). It names the
 * complaint by id and ticket number only: an alert carries no personal data.
 */
public record ClockAlert(ComplaintId complaintId, TicketNumber ticketNumber, OrgUnitId orgUnit, ClockKind clock,
                         int round, Kind kind, Instant due, Instant raisedAt, Instant notifyAt) {

    public enum Kind {
        /** The clock passed its warning threshold. */
        WARNING,
        /** The clock passed its due without its step. */
        BREACH
    }

    public ClockAlert {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(notifyAt, "notifyAt");
        if (round < 1) {
            throw new IllegalArgumentException("rounds count from 1");
        }
    }
}
