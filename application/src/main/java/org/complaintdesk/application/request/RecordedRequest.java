package org.complaintdesk.application.request;

import org.complaintdesk.domain.complaint.ComplaintId;

/** A request that was carried out, as remembered for replaying retries. */
public record RecordedRequest(RequestId requestId, String operation, String fingerprint, ComplaintId complaintId) {

    public boolean sameAs(IdempotencyKey key) {
        return operation.equals(key.operation()) && fingerprint.equals(key.fingerprint());
    }
}
