package org.complaintdesk.adapters.grpc;

import java.util.List;

/** A call that must say who makes it came without one or more identity headers; answered with UNAUTHENTICATED. */
final class CallerNotIdentifiedException extends RuntimeException {
    static final String REASON = "CALLER_NOT_IDENTIFIED";
    private final List<String> headers;

    CallerNotIdentifiedException(List<String> headers) {
        super("this method acts in a role for an organisation unit and needs the " + String.join(" and ", headers)
                + (headers.size() == 1 ? " header" : " headers"));
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("name the missing headers");
        }
        this.headers = List.copyOf(headers);
    }

    CallerNotIdentifiedException(String header) {
        this(List.of(header));
    }

    /** The request headers that were missing, in the order the contract lists them. */
    List<String> headers() {
        return headers;
    }
}
