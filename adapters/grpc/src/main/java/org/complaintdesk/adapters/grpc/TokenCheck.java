package org.complaintdesk.adapters.grpc;

/**
 * The check a bearer token failed, in the order they are made; its name is the {@code ErrorInfo}
 * reason of the UNAUTHENTICATED answer. The descriptions never quote the token.
 */
enum TokenCheck {
    TOKEN_MISSING("the call carries no authorization: Bearer token"),
    TOKEN_MALFORMED("the authorization header is not 'Bearer ' followed by a JWT"),
    TOKEN_ALGORITHM_NOT_ALLOWED("the token is not signed with an asymmetric algorithm this service accepts (RS*, PS*, ES*)"),
    TOKEN_SIGNATURE_INVALID("the token's signature does not verify with any published key of the issuer"),
    TOKEN_ISSUER_MISMATCH("the token was not issued by the issuer this service trusts"),
    TOKEN_AUDIENCE_MISMATCH("the token is not meant for this service (audience)"),
    TOKEN_EXPIRED("the token has expired"),
    TOKEN_NOT_YET_VALID("the token is not valid yet (not before)"),
    TOKEN_CLAIMS_MISSING("the token lacks a claim this service needs"),
    TOKEN_CLAIMS_INVALID("a claim of the token has a value this service cannot use"),
    /** The issuer's keys could not be fetched; the token may be fine, so the answer is UNAVAILABLE. */
    TOKEN_KEYS_UNAVAILABLE("the issuer's signing keys cannot be fetched right now; retry later");

    private final String description;

    TokenCheck(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
