package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;

import java.nio.file.Path;
import java.util.Map;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
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
    private static IdentityProvider provider;

    @BeforeAll
    static void startIdentityProvider() {
        provider = IdentityProvider.start();
    }

    @AfterAll
    static void stopIdentityProvider() {
        provider.close();
    }

    @Test
    void a_configured_postgresql_is_migrated_and_used_and_no_embedded_one_is_started(@TempDir Path dataDir, @TempDir Path keysDir)
            throws Exception {
        // An external database needs keysets the operator keeps (and backs up) apart from the service.
        Path sealingKeys = keysDir.resolve("sealing.json");
        Path indexKeys = keysDir.resolve("index.json");
        PersonalDataKeys.generate().writeTo(sealingKeys, indexKeys);
        try (ScratchDatabase external = ScratchDatabase.create("external")) {
            Config config = Config.fromEnvironment(Map.of(
                    "COMPLAINTS_DB_URL", external.url(), "COMPLAINTS_DB_USER", external.user(),
                    "COMPLAINTS_DB_PASSWORD", external.password(),
                    "COMPLAINTS_PORT", "0", "COMPLAINTS_ADMIN_PORT", "0", "COMPLAINTS_DATA_DIR", dataDir.toString(),
                    "COMPLAINTS_DATA_KEYS_FILE", sealingKeys.toString(), "COMPLAINTS_DATA_INDEX_KEYS_FILE", indexKeys.toString(),
                    // The JWKS URI comes from the provider's discovery document.
                    "COMPLAINTS_OIDC_ISSUER", provider.issuer()));

            Complaint created;
            try (ComplaintDesk desk = ComplaintDesk.start(config); ApiClient client = new ApiClient(desk.port(), provider.tokens())) {
                created = client.agent().createComplaint(create(billingComplaint()).build()).getComplaint();
            }

            assertThat(dataDir.resolve("pgdata")).doesNotExist();
            assertThat(dataDir.resolve("keys")).doesNotExist();
            assertThat(dataDir.resolve("dev-issuer-key.json")).doesNotExist();
            assertThat(external.ticketNumbers()).containsExactly(created.getTicketNumber());
        }
    }
}
