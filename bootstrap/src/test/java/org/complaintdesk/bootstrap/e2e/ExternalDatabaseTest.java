package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With COMPLAINTS_DB_URL the service runs on that PostgreSQL: it migrates an empty database and starts
 * no embedded one, and accepts the tokens of the configured identity provider (a real one, started here).
 */
class ExternalDatabaseTest {
    private static MockOAuth2Server provider;

    @BeforeAll
    static void startIdentityProvider() {
        // Netty serves it: the default MockWebServer would pull JUnit 4 into the tests.
        provider = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(),
                Set.of(), new NettyWrapper(null)));
        provider.start();
    }

    @AfterAll
    static void stopIdentityProvider() {
        provider.shutdown();
    }

    @Test
    void a_configured_postgresql_is_migrated_and_used_and_no_embedded_one_is_started(@TempDir Path dataDir, @TempDir Path keysDir)
            throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        String database = "external_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = TestDatabase.dataSource().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create database " + database);
        }
        String url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        // An external database needs keysets the operator keeps (and backs up) apart from the service.
        Path sealingKeys = keysDir.resolve("sealing.json");
        Path indexKeys = keysDir.resolve("index.json");
        PersonalDataKeys.generate().writeTo(sealingKeys, indexKeys);
        Config config = Config.fromEnvironment(Map.of(
                "COMPLAINTS_DB_URL", url, "COMPLAINTS_DB_USER", server.user(), "COMPLAINTS_DB_PASSWORD", server.password(),
                "COMPLAINTS_PORT", "0", "COMPLAINTS_ADMIN_PORT", "0", "COMPLAINTS_DATA_DIR", dataDir.toString(),
                "COMPLAINTS_DATA_KEYS_FILE", sealingKeys.toString(), "COMPLAINTS_DATA_INDEX_KEYS_FILE", indexKeys.toString(),
                // The JWKS URI comes from the provider's discovery document.
                "COMPLAINTS_OIDC_ISSUER", provider.issuerUrl("gridco").toString()));

        Complaint created;
        try (ComplaintDesk desk = ComplaintDesk.start(config); ApiClient client = new ApiClient(desk.port(), providerTokens())) {
            created = client.agent().createComplaint(create(billingComplaint()).build()).getComplaint();
        }

        assertThat(dataDir.resolve("pgdata")).doesNotExist();
        assertThat(dataDir.resolve("keys")).doesNotExist();
        assertThat(dataDir.resolve("dev-issuer-key.json")).doesNotExist();
        try (Connection external = DriverManager.getConnection(url, server.user(), server.password());
             Statement sql = external.createStatement();
             ResultSet rows = sql.executeQuery("select ticket_number from complaint")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(created.getTicketNumber());
            assertThat(rows.next()).isFalse();
        }
        try (Connection admin = TestDatabase.dataSource().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("drop database " + database);
        }
    }

    /** Access tokens the provider issues, with the roles and units in the claims the service reads by default. */
    private static Tokens providerTokens() {
        return (userId, role, orgUnit) -> provider.issueToken("gridco", userId, "complaintdesk",
                Map.of("roles", List.of(role), "org_units", List.of(orgUnit)), 3600).serialize();
    }
}
