package org.complaintdesk.bootstrap.e2e;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/** A real OpenID Connect provider on loopback, issuing as {@code gridco} for the audience the service expects. */
final class IdentityProvider implements AutoCloseable {
    private final MockOAuth2Server server;

    private IdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    static IdentityProvider start() {
        // Netty serves it: the default MockWebServer would pull JUnit 4 into the tests.
        var server = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(),
                Set.of(), new NettyWrapper(null)));
        server.start();
        return new IdentityProvider(server);
    }

    /** The issuer, as COMPLAINTS_OIDC_ISSUER names it; its discovery document gives the JWKS URI. */
    String issuer() {
        return server.issuerUrl("gridco").toString();
    }

    /** Access tokens with the roles and units in the claims the service reads by default. */
    Tokens tokens() {
        return (userId, role, orgUnit) -> server.issueToken("gridco", userId, "complaintdesk",
                Map.of("roles", List.of(role), "org_units", List.of(orgUnit)), 3600).serialize();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
