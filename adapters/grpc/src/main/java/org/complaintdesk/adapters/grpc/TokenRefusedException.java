package org.complaintdesk.adapters.grpc;

import java.util.Objects;
import java.util.Optional;

/**
 * A call's bearer token failed a check; answered with UNAUTHENTICATED (UNAVAILABLE when the
 * issuer's keys could not be fetched). Neither the message nor the claim name carries the token.
 */
final class TokenRefusedException extends RuntimeException {
    private final TokenCheck check;
    private final Optional<String> claim;

    TokenRefusedException(TokenCheck check) {
        this(check, Optional.empty());
    }

    TokenRefusedException(TokenCheck check, String claim) {
        this(check, Optional.of(claim));
    }

    private TokenRefusedException(TokenCheck check, Optional<String> claim) {
        super(check.description() + claim.map(name -> ": " + name).orElse(""), null, false, false);
        this.check = Objects.requireNonNull(check, "check");
        this.claim = claim;
    }

    TokenCheck check() {
        return check;
    }

    /** The configured name of the claim that was missing or unusable, for the claim checks. */
    Optional<String> claim() {
        return claim;
    }
}
