package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.grpc.Metadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service as its own token issuer, for the embedded database without an identity provider. */
class DevelopmentIssuerTest {

    @Test
    void the_key_is_made_once_in_the_data_directory_readable_by_its_owner_only_and_shared(@TempDir Path dataDir)
            throws Exception {
        DevelopmentIssuer service = DevelopmentIssuer.inDataDirectory(dataDir, AuthenticationSettings.DEFAULTS);
        DevelopmentIssuer tokenCommand = DevelopmentIssuer.inDataDirectory(dataDir, AuthenticationSettings.DEFAULTS);

        Path key = dataDir.resolve("dev-issuer-key.json");
        assertThat(Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String token = tokenCommand.mint("agent-007", List.of("AGENT"), List.of("gridco/east"), Duration.ofHours(1));
        assertThat(accepted(service, token)).isTrue();
    }

    @Test
    void another_data_directory_is_another_issuer(@TempDir Path one, @TempDir Path other) {
        String token = DevelopmentIssuer.inDataDirectory(one, AuthenticationSettings.DEFAULTS)
                .mint("agent-007", List.of("AGENT"), List.of("gridco/east"), Duration.ofHours(1));

        assertThat(accepted(DevelopmentIssuer.inDataDirectory(other, AuthenticationSettings.DEFAULTS), token)).isFalse();
    }

    @Test
    void its_tokens_carry_the_roles_and_units_where_the_configuration_says_even_nested(@TempDir Path dataDir)
            throws Exception {
        AuthenticationSettings keycloakLike = Config.fromEnvironment(Map.of(
                "COMPLAINTS_OIDC_USER_CLAIM", "preferred_username",
                "COMPLAINTS_OIDC_ROLES_CLAIM", "realm_access.roles")).authentication();
        DevelopmentIssuer issuer = DevelopmentIssuer.inDataDirectory(dataDir, keycloakLike);

        String token = issuer.mint("chen", List.of("SUPERVISOR", "AGENT"), List.of("gridco/east"), Duration.ofHours(1));

        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("complaintdesk-dev");
        assertThat(claims.getAudience()).containsExactly("complaintdesk");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("chen");
        assertThat(claims.getJSONObjectClaim("realm_access")).containsEntry("roles", List.of("SUPERVISOR", "AGENT"));
        assertThat(SignedJWT.parse(token).getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(accepted(issuer, token)).isTrue();
    }

    @Test
    void the_development_flag_lets_identity_headers_through_without_a_token(@TempDir Path dataDir) {
        AuthenticationSettings trusting = Config.fromEnvironment(Map.of("COMPLAINTS_TRUST_IDENTITY_HEADERS", "true"))
                .authentication();
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("x-user-id", Metadata.ASCII_STRING_MARSHALLER), "agent-007");

        assertThat(InterceptedCall.passes(Authentication.configured(trusting, dataDir).interceptor(), headers)).isTrue();
        assertThat(InterceptedCall.passes(Authentication.configured(AuthenticationSettings.DEFAULTS, dataDir).interceptor(),
                headers)).isFalse();
    }

    /** Whether a service trusting {@code issuer} serves a call with {@code token}: through its real interceptor. */
    private static boolean accepted(DevelopmentIssuer issuer, String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return InterceptedCall.passes(Authentication.by(issuer).interceptor(), headers);
    }
}
