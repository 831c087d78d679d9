package org.complaintdesk.application.complaint;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.complaint.ComplaintId;

/** Position after the last complaint of a page, in the list order (receipt time, id; both descending). */
public record PageCursor(Instant receivedAt, ComplaintId id) {
    public PageCursor {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(id, "id");
    }
}
