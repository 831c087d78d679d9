package org.complaintdesk.adapters.grpc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * Verifies a bearer JWT and reads the caller's identity from it: signature against the issuer's
 * keys (nimbus-jose-jwt does the cryptography), then issuer, audience, expiry and not-before with
 * the configured clock skew, then the identity claims. Each failure names its check.
 * <p>
 * Only asymmetric algorithms are accepted: {@code none} and HMAC are refused before any key is
 * looked at, so a token "signed" with the issuer's public key as an HMAC secret never verifies.
 */
public final class BearerTokenVerifier {
    // The RSA and EC families of RFC 7518; EdDSA would need an extra provider, so it is left out.
    static final Set<JWSAlgorithm> ACCEPTED_ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    /** How long fetched keys are used before they are fetched again, at the latest. */
    static final Duration KEYS_TIME_TO_LIVE = Duration.ofMinutes(10);
    /**
     * How long a verified token is taken at its word without checking its signature again. A
     * platform sends the same token with every call for its lifetime, and the signature check is
     * the costliest part of a small call (an ES256 verification is a fifth of a list's CPU); a key
     * the issuer withdraws stops being honoured this much later, never a token past its expiry.
     */
    static final Duration REMEMBERED_FOR = Duration.ofSeconds(60);
    /** Distinct tokens remembered at once; beyond it the memory starts afresh. */
    static final int REMEMBERED_AT_MOST = 10_000;

    private final TokenRules rules;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> signatures = new DefaultJWTProcessor<>();
    // By a digest of the token, so that the memory holds no credential a heap dump could replay.
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    /** A verified token's identity, honoured until {@code until} (never after its expiry). */
    private record Remembered(TokenIdentity identity, Instant until) {
    }

    public BearerTokenVerifier(TokenRules rules, JWKSource<SecurityContext> keys, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        signatures.setJWSKeySelector(new JWSVerificationKeySelector<>(ACCEPTED_ALGORITHMS, keys));
        // The claims are checked below, one named check at a time.
        signatures.setJWTClaimsSetVerifier((claims, context) -> { });
    }

    /**
     * A verifier that fetches the issuer's key set from {@code jwksUri} and caches it. A token
     * signed with a key not in the cache makes it fetch the set again (rate-limited), so keys the
     * issuer rotates in are picked up without a restart; the cache also refreshes ahead of expiry.
     */
    public static BearerTokenVerifier fetchingKeys(TokenRules rules, URI jwksUri, Clock clock) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL())
                    .cache(KEYS_TIME_TO_LIVE.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                    .refreshAheadCache(true)
                    .rateLimited(Duration.ofSeconds(10).toMillis())
                    .retrying(true)
                    .build();
            return new BearerTokenVerifier(rules, keys, clock);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWKS URI is not a URL: " + jwksUri, e);
        }
    }

    /** A verifier that trusts exactly the public keys given (the development issuer, tests). */
    public static BearerTokenVerifier withKeys(TokenRules rules, JWKSet publicKeys, Clock clock) {
        return new BearerTokenVerifier(rules, new ImmutableJWKSet<>(publicKeys.toPublicJWKSet()), clock);
    }

    public TokenRules rules() {
        return rules;
    }

    /**
     * The identity the token proves.
     *
     * @throws TokenRefusedException naming the first check the token fails
     */
    TokenIdentity verify(String token) {
        Instant now = clock.instant();
        String digest = digest(token);
        Remembered remembered = verified.get(digest);
        if (remembered != null && now.isBefore(remembered.until())) {
            return remembered.identity();
        }
        JWTClaimsSet claims = verifiedClaims(token);
        checkIssuerAndAudience(claims);
        checkValidityPeriod(claims);
        TokenIdentity identity = identity(claims);
        if (verified.size() >= REMEMBERED_AT_MOST) {
            verified.clear();
        }
        Instant expiry = claims.getExpirationTime().toInstant().plus(rules.clockSkew());
        Instant until = now.plus(REMEMBERED_FOR);
        verified.put(digest, new Remembered(identity, until.isBefore(expiry) ? until : expiry));
        return identity;
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private JWTClaimsSet verifiedClaims(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new TokenRefusedException(TokenCheck.TOKEN_MALFORMED);
        }
        // An unsigned (alg "none") or encrypted token is not a signed one.
        if (!(jwt instanceof SignedJWT signed) || !ACCEPTED_ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
            throw new TokenRefusedException(TokenCheck.TOKEN_ALGORITHM_NOT_ALLOWED);
        }
        try {
            return signatures.process(signed, null);
        } catch (KeySourceException e) {
            throw new TokenRefusedException(TokenCheck.TOKEN_KEYS_UNAVAILABLE);
        } catch (BadJOSEException | JOSEException e) {
            // A bad signature, or no published key that matches the token's key id and algorithm.
            throw new TokenRefusedException(TokenCheck.TOKEN_SIGNATURE_INVALID);
        }
    }

    private void checkIssuerAndAudience(JWTClaimsSet claims) {
        if (!rules.issuer().equals(claims.getIssuer())) {
            throw new TokenRefusedException(TokenCheck.TOKEN_ISSUER_MISMATCH);
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(rules.audience())) {
            throw new TokenRefusedException(TokenCheck.TOKEN_AUDIENCE_MISMATCH);
        }
    }

    private void checkValidityPeriod(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            // A token without an end would be a password that never expires.
            throw new TokenRefusedException(TokenCheck.TOKEN_CLAIMS_MISSING, "exp");
        }
        if (now.isAfter(expiry.toInstant().plus(rules.clockSkew()))) {
            throw new TokenRefusedException(TokenCheck.TOKEN_EXPIRED);
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(rules.clockSkew()).isBefore(notBefore.toInstant())) {
            throw new TokenRefusedException(TokenCheck.TOKEN_NOT_YET_VALID);
        }
    }

    private TokenIdentity identity(JWTClaimsSet claims) {
        Map<String, Object> all = claims.toJSONObject();
        Object user = rules.user().in(all)
                .orElseThrow(() -> new TokenRefusedException(TokenCheck.TOKEN_CLAIMS_MISSING, rules.user().path()));
        UserId userId;
        try {
            userId = new UserId(user instanceof String text ? text : "");
        } catch (InvalidValueException e) {
            throw new TokenRefusedException(TokenCheck.TOKEN_CLAIMS_INVALID, rules.user().path());
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : strings(rules.roles(), all)) {
            knownRole(name).ifPresent(roles::add);
        }
        Set<OrgUnitId> units = new LinkedHashSet<>();
        for (String code : strings(rules.units(), all)) {
            try {
                units.add(new OrgUnitId(code));
            } catch (InvalidValueException e) {
                throw new TokenRefusedException(TokenCheck.TOKEN_CLAIMS_INVALID, rules.units().path());
            }
        }
        return new TokenIdentity(userId, roles, units);
    }

    /** A claim that holds one string or a list of them; absent is empty. */
    private static List<String> strings(ClaimPath path, Map<String, Object> claims) {
        Optional<Object> value = path.in(claims);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof String one) {
            return List.of(one);
        }
        if (value.get() instanceof Collection<?> many && many.stream().allMatch(String.class::isInstance)) {
            return many.stream().map(String.class::cast).toList();
        }
        throw new TokenRefusedException(TokenCheck.TOKEN_CLAIMS_INVALID, path.path());
    }

    private static Optional<Role> knownRole(String name) {
        try {
            return Optional.of(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException otherApplicationsRole) {
            return Optional.empty();
        }
    }
}
