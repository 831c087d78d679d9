package org.complaintdesk.adapters.grpc;

import io.grpc.Attributes;
import io.grpc.Metadata;

/**
 * Believes the identity headers without any proof: only for development behind
 * {@code COMPLAINTS_TRUST_IDENTITY_HEADERS=true}, never with an external database.
 */
final class IdentityHeadersAuthenticator implements Authenticator {
    @Override
    public Caller authenticate(Metadata headers, Attributes transport) {
        return Caller.fromHeaders(headers.get(CallContextInterceptor.USER_ID),
                headers.get(CallContextInterceptor.USER_ROLE), headers.get(CallContextInterceptor.ORG_UNIT));
    }
}
