package org.complaintdesk.adapters.grpc;

import io.grpc.Attributes;
import io.grpc.Metadata;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The caller as its bearer token proves it. The user id always comes from the token. The domain's
 * actor acts in one role for one unit: when the token grants several, the caller chooses with
 * {@code x-user-role} and {@code x-org-unit}, among those granted; when it grants one, that one
 * acts; when it grants several and none is chosen, the caller has none (reads only, and a step
 * then asks for the header).
 */
final class BearerTokenAuthenticator implements Authenticator {
    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final String BEARER = "bearer ";

    private final BearerTokenVerifier verifier;

    BearerTokenAuthenticator(BearerTokenVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public Caller authenticate(Metadata headers, Attributes transport) {
        TokenIdentity identity = verifier.verify(bearerToken(headers.get(AUTHORIZATION)));
        Caller chosen = Caller.fromHeaders(headers.get(CallContextInterceptor.USER_ID),
                headers.get(CallContextInterceptor.USER_ROLE), headers.get(CallContextInterceptor.ORG_UNIT));
        if (chosen.userId().isPresent() && !chosen.userId().get().equals(identity.user())) {
            throw new ActingIdentityNotGrantedException(ActingIdentityNotGrantedException.USER_NOT_TOKEN_SUBJECT,
                    Caller.USER_ID_HEADER, "the x-user-id header names another user than the token; leave it out");
        }
        var role = acting(chosen.role(), identity.roles(), ActingIdentityNotGrantedException.ROLE_NOT_GRANTED,
                Caller.USER_ROLE_HEADER, "role");
        var unit = acting(chosen.orgUnit(), identity.units(), ActingIdentityNotGrantedException.UNIT_NOT_GRANTED,
                Caller.ORG_UNIT_HEADER, "organisation unit");
        return new Caller(Optional.of(identity.user()), role, unit);
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new TokenRefusedException(TokenCheck.TOKEN_MISSING);
        }
        String value = authorization.strip();
        // RFC 6750: the scheme is case-insensitive.
        if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER) || value.length() == BEARER.length()) {
            throw new TokenRefusedException(TokenCheck.TOKEN_MALFORMED);
        }
        return value.substring(BEARER.length()).strip();
    }

    private static <T> Optional<T> acting(Optional<T> chosen, Set<T> granted, String rule, String header, String what) {
        if (chosen.isPresent()) {
            if (!granted.contains(chosen.get())) {
                throw new ActingIdentityNotGrantedException(rule, header,
                        "the " + header + " header names a " + what + " the token does not grant");
            }
            return chosen;
        }
        return granted.size() == 1 ? Optional.of(granted.iterator().next()) : Optional.empty();
    }
}
