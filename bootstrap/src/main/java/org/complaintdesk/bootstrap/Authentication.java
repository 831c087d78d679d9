package org.complaintdesk.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.adapters.grpc.BearerTokenVerifier;
import org.complaintdesk.adapters.grpc.CallContextInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the service tells who calls it: the interceptor in front of its services, and the development issuer if it is one. */
public final class Authentication {
    private static final Logger log = LoggerFactory.getLogger(Authentication.class);

    private final CallContextInterceptor interceptor;
    private final Optional<DevelopmentIssuer> developmentIssuer;

    private Authentication(CallContextInterceptor interceptor, Optional<DevelopmentIssuer> developmentIssuer) {
        this.interceptor = Objects.requireNonNull(interceptor, "interceptor");
        this.developmentIssuer = developmentIssuer;
    }

    /** Accepts the tokens {@code issuer} mints, and nothing else. */
    public static Authentication by(DevelopmentIssuer issuer) {
        return new Authentication(CallContextInterceptor.authenticating(issuer.verifier()), Optional.of(issuer));
    }

    /**
     * As configured: the identity provider's tokens; or, without one, the development issuer kept in
     * {@code dataDirectory} (the configuration allows that on the embedded database only); or the
     * identity headers, when the development flag says so.
     */
    static Authentication configured(AuthenticationSettings settings, Path dataDirectory) {
        return configured(settings, dataDirectory, TlsSettings.PLAINTEXT);
    }

    /** As {@link #configured(AuthenticationSettings, Path)}; with a client CA, system accounts may present certificates instead of tokens. */
    static Authentication configured(AuthenticationSettings settings, Path dataDirectory, TlsSettings tls) {
        if (settings.trustIdentityHeaders()) {
            log.warn("COMPLAINTS_TRUST_IDENTITY_HEADERS=true: every caller is believed to be whoever its x-user-id, "
                    + "x-user-role and x-org-unit headers say, without a token. For development only.");
            return new Authentication(CallContextInterceptor.trustingIdentityHeaders(), Optional.empty());
        }
        if (settings.issuer().isPresent()) {
            String issuer = settings.issuer().get();
            URI jwks = settings.jwksUri().orElseGet(() -> OidcDiscovery.jwksUri(issuer));
            log.info("accepting bearer tokens of {} for audience {}, keys from {}", issuer, settings.audience(), jwks);
            return verifying(BearerTokenVerifier.fetchingKeys(settings.rules(), jwks, Clock.systemUTC()), tls, Optional.empty());
        }
        DevelopmentIssuer issuer = DevelopmentIssuer.inDataDirectory(dataDirectory, settings);
        log.info("no identity provider configured (COMPLAINTS_OIDC_ISSUER): accepting tokens of the development issuer "
                + "{} only; mint one with ./build.sh token --user USER --role ROLE --unit UNIT", DevelopmentIssuer.ISSUER);
        return verifying(issuer.verifier(), tls, Optional.of(issuer));
    }

    private static Authentication verifying(BearerTokenVerifier verifier, TlsSettings tls,
                                            Optional<DevelopmentIssuer> developmentIssuer) {
        if (tls.clientCertificates()) {
            log.info("system accounts may authenticate with client certificates of {} (CN: user id, OU: unit, role SYSTEM)",
                    tls.clientCa().orElseThrow());
            return new Authentication(CallContextInterceptor.authenticatingWithClientCertificates(verifier), developmentIssuer);
        }
        return new Authentication(CallContextInterceptor.authenticating(verifier), developmentIssuer);
    }

    CallContextInterceptor interceptor() {
        return interceptor;
    }

    Optional<DevelopmentIssuer> developmentIssuer() {
        return developmentIssuer;
    }
}
