package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import com.google.rpc.ErrorInfo;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.complaintdesk.api.v1.GetCalendarYearRequest;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier against a real OpenID Connect provider (mock-oauth2-server, on a local port): its
 * key set fetched over HTTP, its tokens accepted, and every kind of bad token refused with the check
 * it fails.
 */
class OidcProviderTest {
    private static final String AUDIENCE = "complaintdesk";
    private static final RotatingKeys keys = new RotatingKeys();
    private static MockOAuth2Server provider;
    private static TokenRules rules;

    @BeforeAll
    static void startProvider() {
        // Netty serves it: the default MockWebServer would pull JUnit 4 into the tests.
        provider = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys),
                Set.of(), new NettyWrapper(null)));
        provider.start();
        rules = new TokenRules(provider.issuerUrl("complaints").toString(), AUDIENCE,
                new ClaimPath("preferred_username"), new ClaimPath("realm_access.roles"), new ClaimPath("org_units"),
                Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void a_token_issued_by_the_provider_is_accepted_through_the_grpc_service() throws Exception {
        try (var calendar = new InProcessCalendar(verifier(Clock.systemUTC()))) {
            var year = calendar.with(InProcessDesk.bearer(token())).getCalendarYear(
                    GetCalendarYearRequest.newBuilder().setName("calendarYears/2026").build());

            assertThat(year.getCalendarYear().getName()).isEqualTo("calendarYears/2026");
        }
    }

    @Test
    void the_identity_comes_from_the_configured_claims_including_nested_ones() {
        TokenIdentity identity = verifier(Clock.systemUTC()).verify(token());

        assertThat(identity.user()).isEqualTo(new UserId("agent-007"));
        // Keycloak's own roles in the same claim are no roles of this service.
        assertThat(identity.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
        assertThat(identity.units()).containsExactly(new OrgUnitId("gridco/east/cs"));
    }

    @Test
    void a_bad_token_is_refused_through_the_grpc_service_as_unauthenticated_with_its_check() throws Exception {
        String forOthers = provider.issueToken("complaints", "agent-007", "billing", claims(), 3600).serialize();
        try (var calendar = new InProcessCalendar(verifier(Clock.systemUTC()))) {
            StatusRuntimeException refused = failure(() -> calendar.with(InProcessDesk.bearer(forOthers))
                    .getCalendarYear(GetCalendarYearRequest.newBuilder().setName("calendarYears/2026").build()));

            assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason())
                    .isEqualTo("TOKEN_AUDIENCE_MISMATCH");
            assertThat(refused.getStatus().getDescription()).doesNotContain(forOthers.substring(0, 20));
        }
    }

    @Test
    void an_expired_token_is_refused() {
        // The service's clock two hours on: the token of an hour has run out, skew or not.
        var later = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));

        assertThat(refusal(verifier(later), token())).isEqualTo(TokenCheck.TOKEN_EXPIRED);
    }

    @Test
    void a_token_that_ran_out_within_the_clock_skew_is_still_accepted() {
        var justAfter = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(3600 + 30));

        assertThat(verifier(justAfter).verify(token()).user()).isEqualTo(new UserId("agent-007"));
    }

    @Test
    void a_token_not_valid_yet_is_refused() {
        var earlier = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));

        assertThat(refusal(verifier(earlier), token())).isEqualTo(TokenCheck.TOKEN_NOT_YET_VALID);
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        // The same provider and key, another realm: only the issuer is wrong.
        String other = provider.issueToken("other-realm", "agent-007", AUDIENCE, claims(), 3600).serialize();

        assertThat(refusal(verifier(Clock.systemUTC()), other)).isEqualTo(TokenCheck.TOKEN_ISSUER_MISMATCH);
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        String forOthers = provider.issueToken("complaints", "agent-007", "billing", claims(), 3600).serialize();

        assertThat(refusal(verifier(Clock.systemUTC()), forOthers)).isEqualTo(TokenCheck.TOKEN_AUDIENCE_MISMATCH);
    }

    @Test
    void a_tampered_token_is_refused() throws ParseException {
        SignedJWT issued = SignedJWT.parse(token());
        var claims = new JWTClaimsSet.Builder(issued.getJWTClaimsSet()).claim("preferred_username", "director-sun").build();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toString().getBytes());
        String[] parts = issued.serialize().split("\\.");

        assertThat(refusal(verifier(Clock.systemUTC()), parts[0] + "." + payload + "." + parts[2]))
                .isEqualTo(TokenCheck.TOKEN_SIGNATURE_INVALID);
    }

    @Test
    void an_unsigned_token_is_refused() throws ParseException {
        var unsigned = new PlainJWT(SignedJWT.parse(token()).getJWTClaimsSet()).serialize();

        assertThat(refusal(verifier(Clock.systemUTC()), unsigned)).isEqualTo(TokenCheck.TOKEN_ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void a_token_signed_with_hmac_using_the_published_public_key_as_secret_is_refused() throws Exception {
        var claims = SignedJWT.parse(token()).getJWTClaimsSet();
        byte[] publicKey = keys.current().toRSAPublicKey().getEncoded();
        var forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.current().getKeyID()).build(), claims);
        forged.sign(new MACSigner(publicKey));

        assertThat(refusal(verifier(Clock.systemUTC()), forged.serialize()))
                .isEqualTo(TokenCheck.TOKEN_ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void a_token_that_is_no_jwt_is_malformed() {
        assertThat(refusal(verifier(Clock.systemUTC()), "not-a-token")).isEqualTo(TokenCheck.TOKEN_MALFORMED);
    }

    @Test
    void a_token_without_the_user_claim_is_refused_naming_the_claim() {
        String noUser = provider.issueToken("complaints", "agent-007", AUDIENCE,
                Map.of("realm_access", Map.of("roles", List.of("AGENT"))), 3600).serialize();

        var refused = catchThrowableOfType(TokenRefusedException.class, () -> verifier(Clock.systemUTC()).verify(noUser));

        assertThat(refused.check()).isEqualTo(TokenCheck.TOKEN_CLAIMS_MISSING);
        assertThat(refused.claim()).contains("preferred_username");
    }

    @Test
    void a_key_rotated_at_the_provider_is_picked_up_without_a_restart() {
        BearerTokenVerifier verifier = verifier(Clock.systemUTC());
        assertThat(verifier.verify(token()).user()).isEqualTo(new UserId("agent-007"));

        keys.rotate();
        String signedWithNewKey = token();

        assertThat(SignedJWT.class.cast(parse(signedWithNewKey)).getHeader().getKeyID()).isEqualTo(keys.current().getKeyID());
        assertThat(verifier.verify(signedWithNewKey).user()).isEqualTo(new UserId("agent-007"));
    }

    @Test
    void when_the_issuers_keys_cannot_be_fetched_the_token_is_refused_as_keys_unavailable() throws Exception {
        URI nowhere;
        try (var socket = new java.net.ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/jwks");
        }
        var cut = BearerTokenVerifier.fetchingKeys(rules, nowhere, Clock.systemUTC());

        assertThat(refusal(cut, token())).isEqualTo(TokenCheck.TOKEN_KEYS_UNAVAILABLE);
    }

    private static BearerTokenVerifier verifier(Clock clock) {
        return BearerTokenVerifier.fetchingKeys(rules, URI.create(provider.jwksUrl("complaints").toString()), clock);
    }

    private static Map<String, Object> claims() {
        return Map.of("preferred_username", "agent-007",
                "realm_access", Map.of("roles", List.of("AGENT", "SUPERVISOR", "offline_access", "uma_authorization")),
                "org_units", List.of("gridco/east/cs"));
    }

    /** An access token for an hour, its subject the provider's opaque id of the user, as Keycloak's are. */
    private static String token() {
        return provider.issueToken("complaints", "3f6c1a2e-0000-4000-8000-00000000a007", AUDIENCE, claims(), 3600)
                .serialize();
    }

    private static TokenCheck refusal(BearerTokenVerifier verifier, String token) {
        var refused = catchThrowableOfType(TokenRefusedException.class, () -> verifier.verify(token));
        assertThat(refused).as("the token should have been refused").isNotNull();
        return refused.check();
    }

    private static com.nimbusds.jwt.JWT parse(String token) {
        try {
            return com.nimbusds.jwt.JWTParser.parse(token);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** The provider's signing key, the same for every realm, replaced with a new one (new key id) on demand. */
    private static final class RotatingKeys extends KeyProvider {
        private final AtomicReference<RSAKey> key = new AtomicReference<>(TestIssuer.generate("provider-key-1"));
        private int generation = 1;

        @Override
        public JWK signingKey(String issuerId) {
            return key.get();
        }

        RSAKey current() {
            return key.get();
        }

        void rotate() {
            generation++;
            key.set(TestIssuer.generate("provider-key-" + generation));
        }
    }
}
