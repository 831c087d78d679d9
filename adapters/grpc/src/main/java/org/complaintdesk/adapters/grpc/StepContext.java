package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Message;
import java.util.Objects;
import java.util.function.Function;
import org.complaintdesk.application.handling.StepRequest;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.Actor;

/**
 * What a step mapper needs besides the request: who takes the step, and how a requested name
 * (UUID or ticket number) becomes the complaint's id.
 */
record StepContext(Actor actor, Function<ComplaintName, ComplaintId> complaints) {
    StepContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaints, "complaints");
    }

    /**
     * The step request for a checked target. Resolving a ticket number may fail with NOT_FOUND,
     * which is why it comes only after every field has been checked.
     */
    StepRequest on(StepRequests.Target target, String operation, Message request) {
        return new StepRequest(complaints.apply(target.name()), target.etag(), actor,
                new IdempotencyKey(target.requestId(), operation, RequestFingerprint.of(request)));
    }
}
