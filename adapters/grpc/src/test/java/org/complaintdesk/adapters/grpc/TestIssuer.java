package org.complaintdesk.adapters.grpc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An issuer for the in-process tests: one RSA key made per test run, tokens signed with it, and a
 * real {@link BearerTokenVerifier} that trusts its public key set.
 */
final class TestIssuer {
    static final String ISSUER = "https://login.gridco.test/realms/complaints";
    static final String AUDIENCE = "complaintdesk";
    static final TokenRules RULES = TokenRules.of(ISSUER, AUDIENCE);

    private static final RSAKey KEY = generate("test-key-1");

    private TestIssuer() {
    }

    static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey key() {
        return KEY;
    }

    /** The verifier the test desks use, on the real clock: tokens are signed for the real now. */
    static BearerTokenVerifier verifier() {
        return BearerTokenVerifier.withKeys(RULES, new JWKSet(KEY.toPublicJWK()), Clock.systemUTC());
    }

    /** Claims of a valid token for an hour from now granting the given roles and units (either may be empty). */
    static JWTClaimsSet.Builder claims(String userId, List<String> roles, List<String> units) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        if (userId != null) {
            claims.subject(userId);
        }
        if (!roles.isEmpty()) {
            claims.claim("roles", roles);
        }
        if (!units.isEmpty()) {
            claims.claim("org_units", units);
        }
        return claims;
    }

    static String token(String userId, List<String> roles, List<String> units) {
        return sign(claims(userId, roles, units).build(), KEY);
    }

    static String token(String userId, List<String> roles, List<String> units, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims(userId, roles, units)).build(), KEY);
    }

    static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
