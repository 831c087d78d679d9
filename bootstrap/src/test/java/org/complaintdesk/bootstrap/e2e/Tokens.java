package org.complaintdesk.bootstrap.e2e;

import io.grpc.Metadata;
import java.time.Duration;
import java.util.List;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.DevelopmentIssuer;

/** Where the tests get a caller's bearer token: the service's development issuer, or a real identity provider. */
@FunctionalInterface
public interface Tokens {
    Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    /** A token for the user granting the role and the unit (null: none). */
    String token(String userId, String role, String orgUnit);

    static Tokens of(DevelopmentIssuer issuer) {
        return (userId, role, orgUnit) -> issuer.mint(userId, role == null ? List.of() : List.of(role),
                orgUnit == null ? List.of() : List.of(orgUnit), Duration.ofHours(1));
    }

    /** The tokens a desk started by {@link ComplaintDesk#startOn} accepts. */
    static Tokens of(ComplaintDesk desk) {
        return of(desk.developmentIssuer().orElseThrow());
    }

    /** The headers that make a call as the user, in the role, for the unit. */
    default Metadata headers(String userId, String role, String orgUnit) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token(userId, role, orgUnit));
        return headers;
    }
}
