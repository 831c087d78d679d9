package org.complaintdesk.application.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.notice.NoticeKind;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * No gateway confirmed a notice in time: the complainant may not have been told. Names the
 * complaint by id and ticket number and the notice by id, kind and channel: no text, nothing personal.
 */
public record NoticeAlert(ComplaintId complaintId, TicketNumber ticketNumber, OrgUnitId orgUnit, UUID notice,
                          NoticeKind kind, NoticeChannel channel, Instant confirmBy, Instant raisedAt) {
    public NoticeAlert {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(confirmBy, "confirmBy");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
