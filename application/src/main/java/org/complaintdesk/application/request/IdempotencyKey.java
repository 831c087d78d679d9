package org.complaintdesk.application.request;

import java.util.Objects;

/**
 * A request id together with what was asked: the operation and a fingerprint of its input.
 * The same id with another operation or input is a client bug, not a retry.
 */
public record IdempotencyKey(RequestId requestId, String operation, String fingerprint) {
    public IdempotencyKey {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
