package org.complaintdesk.application.handling;

import java.util.Objects;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.Actor;

/**
 * What every step on a complaint carries: which complaint, the version (etag) the caller saw,
 * who takes the step, and the request's identity for safe retries.
 */
public record StepRequest(ComplaintId complaintId, long etag, Actor actor, IdempotencyKey request) {
    public StepRequest {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(request, "request");
    }
}
