package org.complaintdesk.bootstrap;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.adapters.grpc.ClaimPath;
import org.complaintdesk.adapters.grpc.TokenRules;

/**
 * How callers prove who they are: bearer tokens of the configured OpenID Connect issuer; without
 * one, on the embedded database only, tokens of the service's own {@link DevelopmentIssuer}. The
 * identity headers alone are believed only behind an explicit development flag.
 *
 * @param issuer               {@code COMPLAINTS_OIDC_ISSUER}, the exact {@code iss} of the trusted issuer
 * @param jwksUri              {@code COMPLAINTS_OIDC_JWKS_URI}; without it, the issuer's discovery document names it
 * @param audience             {@code COMPLAINTS_OIDC_AUDIENCE}, which every token's {@code aud} must contain
 * @param trustIdentityHeaders {@code COMPLAINTS_TRUST_IDENTITY_HEADERS=true}: believe {@code x-user-*} without a token
 */
public record AuthenticationSettings(Optional<String> issuer, Optional<URI> jwksUri, String audience,
                                     ClaimPath userClaim, ClaimPath rolesClaim, ClaimPath unitsClaim,
                                     Duration clockSkew, boolean trustIdentityHeaders) {
    public static final String DEFAULT_AUDIENCE = "complaintdesk";
    /** No issuer: the development issuer on the embedded database, with the default claim names. */
    public static final AuthenticationSettings DEFAULTS = new AuthenticationSettings(Optional.empty(), Optional.empty(),
            DEFAULT_AUDIENCE, TokenRules.DEFAULT_USER_CLAIM, TokenRules.DEFAULT_ROLES_CLAIM, TokenRules.DEFAULT_UNITS_CLAIM,
            TokenRules.DEFAULT_CLOCK_SKEW, false);

    public AuthenticationSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(userClaim, "userClaim");
        Objects.requireNonNull(rolesClaim, "rolesClaim");
        Objects.requireNonNull(unitsClaim, "unitsClaim");
        Objects.requireNonNull(clockSkew, "clockSkew");
    }

    /** The rules the configured issuer's tokens are held to. */
    TokenRules rules() {
        return new TokenRules(issuer.orElseThrow(), audience, userClaim, rolesClaim, unitsClaim, clockSkew);
    }

    static AuthenticationSettings read(Map<String, String> env, boolean externalDatabase, List<String> problems) {
        Optional<String> issuer = setting(env, "COMPLAINTS_OIDC_ISSUER");
        Optional<URI> jwksUri = setting(env, "COMPLAINTS_OIDC_JWKS_URI").flatMap(raw -> httpUri(raw, problems));
        String audience = setting(env, "COMPLAINTS_OIDC_AUDIENCE").orElse(DEFAULT_AUDIENCE);
        ClaimPath user = claim(env, "COMPLAINTS_OIDC_USER_CLAIM", TokenRules.DEFAULT_USER_CLAIM, problems);
        ClaimPath roles = claim(env, "COMPLAINTS_OIDC_ROLES_CLAIM", TokenRules.DEFAULT_ROLES_CLAIM, problems);
        ClaimPath units = claim(env, "COMPLAINTS_OIDC_UNITS_CLAIM", TokenRules.DEFAULT_UNITS_CLAIM, problems);
        int skewSeconds = Config.intSetting(env, "COMPLAINTS_OIDC_CLOCK_SKEW_SECONDS",
                (int) TokenRules.DEFAULT_CLOCK_SKEW.toSeconds(), 0, 600, problems);
        boolean trustHeaders = false;
        Optional<String> trust = setting(env, "COMPLAINTS_TRUST_IDENTITY_HEADERS");
        if (trust.isPresent()) {
            switch (trust.get()) {
                case "true" -> trustHeaders = true;
                case "false" -> trustHeaders = false;
                default -> problems.add("COMPLAINTS_TRUST_IDENTITY_HEADERS must be true or false");
            }
        }
        if (externalDatabase && trustHeaders) {
            problems.add("COMPLAINTS_TRUST_IDENTITY_HEADERS=true is for development only and refused with an external "
                    + "database (COMPLAINTS_DB_URL)");
        } else if (externalDatabase && issuer.isEmpty()) {
            problems.add("COMPLAINTS_OIDC_ISSUER must name the identity provider whose tokens callers present when the "
                    + "service runs on an external database (COMPLAINTS_DB_URL); the development issuer serves the "
                    + "embedded database only");
        }
        if (trustHeaders && issuer.isPresent()) {
            problems.add("COMPLAINTS_TRUST_IDENTITY_HEADERS=true and COMPLAINTS_OIDC_ISSUER exclude each other");
        }
        if (jwksUri.isPresent() && issuer.isEmpty()) {
            problems.add("COMPLAINTS_OIDC_JWKS_URI needs COMPLAINTS_OIDC_ISSUER");
        }
        return new AuthenticationSettings(issuer, jwksUri, audience, user, roles, units,
                Duration.ofSeconds(skewSeconds), trustHeaders);
    }

    private static Optional<String> setting(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static ClaimPath claim(Map<String, String> env, String name, ClaimPath fallback, List<String> problems) {
        Optional<String> raw = setting(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return new ClaimPath(raw.get());
        } catch (IllegalArgumentException e) {
            problems.add(name + " must be a claim name or a dotted path such as realm_access.roles");
            return fallback;
        }
    }

    private static Optional<URI> httpUri(String raw, List<String> problems) {
        try {
            URI uri = URI.create(raw);
            if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
                return Optional.of(uri);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("COMPLAINTS_OIDC_JWKS_URI must be an http(s) URL");
        return Optional.empty();
    }
}
