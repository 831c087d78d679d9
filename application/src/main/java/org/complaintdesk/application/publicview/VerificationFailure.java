package org.complaintdesk.application.publicview;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/**
 * A wrong verification code given for a ticket number (or a ticket number the portal cannot see),
 * by a portal, in the tenant of the portal's unit. The code itself is never kept.
 */
public record VerificationFailure(OrgUnitId tenant, Instant failedAt, UUID id, TicketNumber ticket, UserId caller) {
    public VerificationFailure {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(failedAt, "failedAt");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(caller, "caller");
    }
}
