package org.complaintdesk.adapters.grpc;

import java.time.Duration;
import java.util.Objects;

/**
 * What a bearer token must say to be accepted, and where its claims name the caller.
 *
 * @param issuer    the exact {@code iss} of the trusted issuer
 * @param audience  a value the token's {@code aud} must contain
 * @param user      the claim holding the user id (a string)
 * @param roles     the claim holding the granted roles (a string or a list of strings; names
 *                  this service does not know, such as Keycloak's {@code offline_access}, are ignored)
 * @param units     the claim holding the granted organisation units (a string or a list of strings)
 * @param clockSkew how far the issuer's clock may be off ours when {@code exp} and {@code nbf} are checked
 */
public record TokenRules(String issuer, String audience, ClaimPath user, ClaimPath roles, ClaimPath units,
                         Duration clockSkew) {
    public static final ClaimPath DEFAULT_USER_CLAIM = new ClaimPath("sub");
    public static final ClaimPath DEFAULT_ROLES_CLAIM = new ClaimPath("roles");
    public static final ClaimPath DEFAULT_UNITS_CLAIM = new ClaimPath("org_units");
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    public TokenRules {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (issuer.isBlank() || audience.isBlank()) {
            throw new IllegalArgumentException("a token's issuer and audience must be named");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("the clock skew cannot be negative");
        }
    }

    /** The rules for an issuer and audience, with the default claim names and skew. */
    public static TokenRules of(String issuer, String audience) {
        return new TokenRules(issuer, audience, DEFAULT_USER_CLAIM, DEFAULT_ROLES_CLAIM, DEFAULT_UNITS_CLAIM,
                DEFAULT_CLOCK_SKEW);
    }
}
