package org.complaintdesk.application.request;

import org.complaintdesk.domain.validation.DomainException;

/** The request id was used before for a different request. */
public final class RequestIdReusedException extends DomainException {
    public static final String RULE = "REQUEST_ID_REUSED";
    private final RequestId requestId;

    public RequestIdReusedException(RequestId requestId) {
        super(RULE, "request_id " + requestId + " was already used for a different request; use a new request_id for a new request");
        this.requestId = requestId;
    }

    public RequestId requestId() {
        return requestId;
    }
}
