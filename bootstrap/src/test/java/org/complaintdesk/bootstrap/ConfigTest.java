package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void without_settings_the_service_uses_an_embedded_database_in_the_home_directory() {
        Config config = Config.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(50051);
        assertThat(config.externalDatabase()).isEmpty();
        assertThat(config.dataDirectory()).isEqualTo(Path.of(System.getProperty("user.home"), ".complaintdesk"));
        assertThat(config.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void a_database_url_selects_an_external_postgresql_and_never_prints_the_password() {
        Config config = Config.fromEnvironment(Map.of(
                "COMPLAINTS_DB_URL", "jdbc:postgresql://db:5432/complaints",
                "COMPLAINTS_DB_USER", "svc", "COMPLAINTS_DB_PASSWORD", "s3cret", "COMPLAINTS_PORT", "9000"));

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.externalDatabase()).hasValueSatisfying(db -> {
            assertThat(db.url()).isEqualTo("jdbc:postgresql://db:5432/complaints");
            assertThat(db.user()).isEqualTo("svc");
            assertThat(db.password()).isEqualTo("s3cret");
        });
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void every_bad_setting_is_reported_at_once() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                "COMPLAINTS_PORT", "http", "COMPLAINTS_DB_URL", "mysql://x", "COMPLAINTS_TIME_ZONE", "Mars/Base")))
                .hasMessageContaining("COMPLAINTS_PORT")
                .hasMessageContaining("COMPLAINTS_DB_URL")
                .hasMessageContaining("COMPLAINTS_TIME_ZONE");
    }
}
