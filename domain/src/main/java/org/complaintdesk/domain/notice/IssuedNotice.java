package org.complaintdesk.domain.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;

/**
 * A notice the service issued to a complainant, for a gateway (SMS, WeChat, e-mail) to send. The
 * gateway is to report its delivery by {@code confirmBy}. The recipient is not part of it: it is
 * the complainant's contact, given only to readers whose role may see it.
 */
public record IssuedNotice(UUID id, ComplaintId complaintId, TicketNumber ticket, RenderedNotice notice,
                           Instant issuedAt, Instant confirmBy) {
    public IssuedNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(confirmBy, "confirmBy");
        if (confirmBy.isBefore(issuedAt)) {
            throw new IllegalArgumentException("a notice cannot be due for confirmation before it is issued");
        }
    }
}
