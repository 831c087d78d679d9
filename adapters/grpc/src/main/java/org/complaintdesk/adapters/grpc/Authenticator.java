package org.complaintdesk.adapters.grpc;

import io.grpc.Attributes;
import io.grpc.Metadata;

/** Tells who makes a call from its request headers and its transport (TLS session), or refuses it. */
interface Authenticator {
    /**
     * @throws TokenRefusedException              when the call's token fails a check
     * @throws ActingIdentityNotGrantedException  when a header chooses what the token does not grant
     * @throws org.complaintdesk.domain.validation.InvalidValueException when an identity header is malformed
     */
    Caller authenticate(Metadata headers, Attributes transport);
}
