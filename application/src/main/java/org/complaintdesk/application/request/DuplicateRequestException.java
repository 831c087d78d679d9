package org.complaintdesk.application.request;

/**
 * Raised by a store when another transaction recorded the same request id first (a concurrent
 * retry). The use case then replays the winner's result.
 */
public final class DuplicateRequestException extends RuntimeException {
    public DuplicateRequestException(RequestId requestId, Throwable cause) {
        super("request " + requestId + " was recorded concurrently", cause);
    }
}
