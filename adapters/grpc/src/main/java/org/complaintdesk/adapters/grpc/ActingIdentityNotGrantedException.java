package org.complaintdesk.adapters.grpc;

/**
 * The caller chose, in an identity header, a user, role or unit that its token does not grant;
 * answered with PERMISSION_DENIED. The header's value is not repeated.
 */
final class ActingIdentityNotGrantedException extends RuntimeException {
    static final String USER_NOT_TOKEN_SUBJECT = "USER_NOT_TOKEN_SUBJECT";
    static final String ROLE_NOT_GRANTED = "ROLE_NOT_GRANTED";
    static final String UNIT_NOT_GRANTED = "UNIT_NOT_GRANTED";

    private final String rule;
    private final String header;

    ActingIdentityNotGrantedException(String rule, String header, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.header = header;
    }

    String rule() {
        return rule;
    }

    String header() {
        return header;
    }
}
