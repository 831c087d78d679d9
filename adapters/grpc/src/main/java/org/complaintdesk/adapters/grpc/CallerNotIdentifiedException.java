package org.complaintdesk.adapters.grpc;

/** A call that must name its user came without one; answered with UNAUTHENTICATED. */
final class CallerNotIdentifiedException extends RuntimeException {
    static final String REASON = "CALLER_NOT_IDENTIFIED";
    private final String header;

    CallerNotIdentifiedException(String header) {
        super("this method changes the register and needs the " + header + " header");
        this.header = header;
    }

    /** The request header that was missing. */
    String header() {
        return header;
    }
}
