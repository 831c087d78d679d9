package org.complaintdesk.application.request;

import java.util.Optional;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;

/**
 * Answers a retry from the request log: with the complaint its first attempt created or changed, as
 * that complaint is now. A request id recorded for another request is a client bug, refused rather
 * than replayed.
 */
public final class Replays {
    private Replays() {
    }

    /** A registration names no complaint yet, so the operation and input alone must match. */
    public static Optional<ComplaintResult> ofRegistration(ComplaintStore complaints, IdempotencyKey request) {
        return replay(complaints, request, Optional.empty());
    }

    /** A step must also have been taken on the same complaint: the same body on another one is a new request. */
    public static Optional<ComplaintResult> ofStep(ComplaintStore complaints, IdempotencyKey request,
                                                   ComplaintId complaintId) {
        return replay(complaints, request, Optional.of(complaintId));
    }

    private static Optional<ComplaintResult> replay(ComplaintStore complaints, IdempotencyKey request,
                                                    Optional<ComplaintId> on) {
        return complaints.findRequest(request.requestId()).map(recorded -> {
            if (!recorded.sameAs(request) || on.filter(id -> !id.equals(recorded.complaintId())).isPresent()) {
                throw new RequestIdReusedException(request.requestId());
            }
            Complaint complaint = complaints.findById(recorded.complaintId())
                    .orElseThrow(() -> new IllegalStateException("request " + request.requestId()
                            + " points at a complaint that does not exist"));
            return new ComplaintResult(complaint, true);
        });
    }
}
