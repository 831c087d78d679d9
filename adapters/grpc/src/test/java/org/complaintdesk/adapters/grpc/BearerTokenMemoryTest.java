package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.application.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** A verified token is taken at its word for a short while, never past its expiry. */
class BearerTokenMemoryTest {
    private final AtomicInteger keyLookups = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.now(), ZoneOffset.UTC);
    private final BearerTokenVerifier verifier = new BearerTokenVerifier(TestIssuer.RULES, counting(), clock);

    @Test
    void the_same_token_is_checked_once_within_the_memory_and_again_after_it() {
        String token = TestIssuer.token("agent-7", List.of("AGENT"), List.of("gridco/east"));

        TokenIdentity first = verifier.verify(token);
        TokenIdentity again = verifier.verify(token);
        clock.advance(BearerTokenVerifier.REMEMBERED_FOR.plusSeconds(1));
        verifier.verify(token);

        assertThat(again).isEqualTo(first);
        assertThat(keyLookups).hasValue(2);
    }

    @Test
    void a_remembered_token_is_refused_once_it_expires() {
        Instant expiry = clock.instant().plusSeconds(30);
        String token = TestIssuer.token("agent-7", List.of("AGENT"), List.of("gridco/east"),
                claims -> claims.expirationTime(Date.from(expiry)));
        verifier.verify(token);

        clock.advance(Duration.ofSeconds(30).plus(TestIssuer.RULES.clockSkew()).plusSeconds(1));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOfSatisfying(TokenRefusedException.class,
                refused -> assertThat(refused.check()).isEqualTo(TokenCheck.TOKEN_EXPIRED));
    }

    @Test
    void another_token_is_checked_on_its_own() {
        verifier.verify(TestIssuer.token("agent-7", List.of("AGENT"), List.of("gridco/east")));

        TokenIdentity other = verifier.verify(TestIssuer.token("auditor-1", List.of("AUDITOR"), List.of("gridco")));

        assertThat(other.user().value()).isEqualTo("auditor-1");
        assertThat(keyLookups).hasValue(2);
    }

    private JWKSource<SecurityContext> counting() {
        var keys = new ImmutableJWKSet<SecurityContext>(new JWKSet(TestIssuer.key().toPublicJWK()));
        return (JWKSelector selector, SecurityContext context) -> {
            keyLookups.incrementAndGet();
            List<JWK> found = keys.get(selector, context);
            return found;
        };
    }
}
