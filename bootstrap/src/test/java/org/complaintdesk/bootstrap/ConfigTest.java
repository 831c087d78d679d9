package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.complaintdesk.application.publicview.PublicViewLimits;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.notice.NoticeKind;
import org.complaintdesk.domain.notice.NoticeSenders;
import org.complaintdesk.domain.notice.SmsLimit;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void a_database_url_selects_an_external_postgresql_and_never_prints_the_password(@TempDir Path keys) throws Exception {
        PersonalDataKeys.generate().writeTo(keys.resolve("sealing.json"), keys.resolve("index.json"));
        Config config = Config.fromEnvironment(Map.of(
                "COMPLAINTS_DB_URL", "jdbc:postgresql://db:5432/complaints",
                "COMPLAINTS_DB_USER", "svc", "COMPLAINTS_DB_PASSWORD", "s3cret", "COMPLAINTS_PORT", "9000",
                "COMPLAINTS_DATA_KEYS_FILE", keys.resolve("sealing.json").toString(),
                "COMPLAINTS_DATA_INDEX_KEYS_FILE", keys.resolve("index.json").toString(),
                "COMPLAINTS_OIDC_ISSUER", "https://login.gridco.example/realms/complaints"));

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.externalDatabase()).hasValueSatisfying(db -> {
            assertThat(db.url()).isEqualTo("jdbc:postgresql://db:5432/complaints");
            assertThat(db.user()).isEqualTo("svc");
            assertThat(db.password()).isEqualTo("s3cret");
        });
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void an_external_database_without_an_identity_provider_is_refused() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_DB_URL", "jdbc:postgresql://db:5432/complaints")))
                .hasMessageContaining("COMPLAINTS_OIDC_ISSUER must name the identity provider");
    }

    @Test
    void trusting_identity_headers_is_refused_with_an_external_database() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_DB_URL", "jdbc:postgresql://db:5432/complaints",
                "COMPLAINTS_OIDC_ISSUER", "https://login.gridco.example/realms/complaints",
                "COMPLAINTS_TRUST_IDENTITY_HEADERS", "true")))
                .hasMessageContaining("COMPLAINTS_TRUST_IDENTITY_HEADERS=true is for development only");
    }

    @Test
    void without_settings_the_development_issuer_is_trusted_with_the_default_claims() {
        AuthenticationSettings auth = Config.fromEnvironment(Map.of()).authentication();

        assertThat(auth.issuer()).isEmpty();
        assertThat(auth.trustIdentityHeaders()).isFalse();
        assertThat(auth.audience()).isEqualTo("complaintdesk");
        assertThat(auth.userClaim().path()).isEqualTo("sub");
    }

    @Test
    void the_identity_provider_and_its_claims_are_configured_keycloak_style() {
        AuthenticationSettings auth = Config.fromEnvironment(Map.of(
                "COMPLAINTS_OIDC_ISSUER", "https://login.gridco.example/realms/complaints",
                "COMPLAINTS_OIDC_JWKS_URI", "https://login.gridco.example/realms/complaints/protocol/openid-connect/certs",
                "COMPLAINTS_OIDC_AUDIENCE", "complaintdesk-api",
                "COMPLAINTS_OIDC_USER_CLAIM", "preferred_username",
                "COMPLAINTS_OIDC_ROLES_CLAIM", "realm_access.roles",
                "COMPLAINTS_OIDC_UNITS_CLAIM", "org_units",
                "COMPLAINTS_OIDC_CLOCK_SKEW_SECONDS", "30")).authentication();

        assertThat(auth.issuer()).contains("https://login.gridco.example/realms/complaints");
        assertThat(auth.jwksUri()).hasValueSatisfying(uri -> assertThat(uri.getPath()).endsWith("/certs"));
        assertThat(auth.rolesClaim().names()).containsExactly("realm_access", "roles");
        assertThat(auth.clockSkew()).hasSeconds(30);
    }

    @Test
    void tls_needs_both_certificate_and_key_and_a_client_ca_needs_tls(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path pem = java.nio.file.Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----");

        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_TLS_CERT_FILE", pem.toString(),
                "COMPLAINTS_TLS_CLIENT_CA_FILE", dir.resolve("missing.pem").toString())))
                .hasMessageContaining("COMPLAINTS_TLS_CERT_FILE and COMPLAINTS_TLS_KEY_FILE go together")
                .hasMessageContaining("COMPLAINTS_TLS_CLIENT_CA_FILE names no readable file");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_TLS_CLIENT_CA_FILE", pem.toString())))
                .hasMessageContaining("COMPLAINTS_TLS_CLIENT_CA_FILE needs COMPLAINTS_TLS_CERT_FILE");
        assertThat(Config.fromEnvironment(Map.of()).tls().enabled()).isFalse();
    }

    @Test
    void every_bad_setting_is_reported_at_once() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                "COMPLAINTS_PORT", "http", "COMPLAINTS_DB_URL", "mysql://x", "COMPLAINTS_TIME_ZONE", "Mars/Base")))
                .hasMessageContaining("COMPLAINTS_PORT")
                .hasMessageContaining("COMPLAINTS_DB_URL")
                .hasMessageContaining("COMPLAINTS_TIME_ZONE");
    }

    @Test
    void the_log_is_plain_unless_json_is_asked_for_and_a_bad_format_or_level_is_refused_with_the_rest() {
        assertThat(LogFormat.parse(null)).contains(LogFormat.PLAIN);
        assertThat(LogFormat.parse(" JSON ")).contains(LogFormat.JSON);
        assertThat(Config.fromEnvironment(Map.of("COMPLAINTS_LOG_FORMAT", "json", "COMPLAINTS_LOG_LEVEL", "debug")))
                .isNotNull();
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_LOG_FORMAT", "xml",
                "COMPLAINTS_LOG_LEVEL", "loud", "COMPLAINTS_PORT", "http")))
                .hasMessageContaining("COMPLAINTS_LOG_FORMAT must be plain or json")
                .hasMessageContaining("COMPLAINTS_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR or OFF")
                .hasMessageContaining("COMPLAINTS_PORT");
        // Logback would read an empty level as DEBUG.
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_LOG_LEVEL", "")))
                .hasMessageContaining("COMPLAINTS_LOG_LEVEL");
    }

    @Test
    void handling_rules_default_to_the_seed_documents_and_can_be_set() {
        assertThat(Config.fromEnvironment(Map.of()).handlingPolicy()).isEqualTo(HandlingPolicy.defaults());

        HandlingPolicy policy = Config.fromEnvironment(Map.of(
                "COMPLAINTS_REVIEW_WINDOW_DAYS", "15", "COMPLAINTS_CALLBACK_ATTEMPTS", "5",
                "COMPLAINTS_APPROVAL_SEVERITY_LEVELS", "1,2", "COMPLAINTS_APPROVAL_FOR_REMEDIES", "false",
                "COMPLAINTS_APPROVAL_UNITS", "gridco/east, heatco"))
                .handlingPolicy();

        assertThat(policy.reviewWindow()).isEqualTo(Duration.ofDays(15));
        assertThat(policy.callbackAttempts()).isEqualTo(5);
        assertThat(policy.approval().severities()).containsExactlyInAnyOrder(Severity.LEVEL_1, Severity.LEVEL_2);
        assertThat(policy.approval().monetaryRemedies()).isFalse();
        assertThat(policy.approval().approvingUnits())
                .containsExactlyInAnyOrder(new OrgUnitId("gridco/east"), new OrgUnitId("heatco"));
    }

    @Test
    void bad_handling_rules_are_reported_by_name() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                "COMPLAINTS_APPROVAL_SEVERITY_LEVELS", "1,4", "COMPLAINTS_APPROVAL_FOR_REMEDIES", "yes",
                "COMPLAINTS_CALLBACK_ATTEMPTS", "0")))
                .hasMessageContaining("COMPLAINTS_APPROVAL_SEVERITY_LEVELS")
                .hasMessageContaining("COMPLAINTS_APPROVAL_FOR_REMEDIES")
                .hasMessageContaining("COMPLAINTS_CALLBACK_ATTEMPTS");
    }

    @Test
    void the_calendar_is_read_again_every_minute_unless_configured_otherwise() {
        assertThat(Config.fromEnvironment(Map.of()).calendarRefresh()).isEqualTo(Duration.ofSeconds(60));
        assertThat(Config.fromEnvironment(Map.of("COMPLAINTS_CALENDAR_REFRESH_SECONDS", "5")).calendarRefresh())
                .isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_CALENDAR_REFRESH_SECONDS", "0")))
                .hasMessageContaining("COMPLAINTS_CALENDAR_REFRESH_SECONDS");
    }

    @Test
    void the_monitor_runs_every_5_seconds_by_default_and_its_policy_can_be_set() {
        MonitorSettings defaults = Config.fromEnvironment(Map.of()).monitor();
        assertThat(defaults.interval()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(defaults.supervision()).isEqualTo(org.complaintdesk.domain.deadline.SupervisionPolicy.defaults());
        assertThat(defaults.alertHours()).isEqualTo(org.complaintdesk.domain.deadline.AlertHours.ALWAYS);

        MonitorSettings set = Config.fromEnvironment(Map.of("COMPLAINTS_MONITOR_INTERVAL_MS", "0",
                "COMPLAINTS_MONITOR_BATCH_SIZE", "50", "COMPLAINTS_ALERT_HOURS", "08:30-17:30",
                "COMPLAINTS_SUPERVISION_URGES", "5", "COMPLAINTS_SUPERVISION_ON_BREACH", "false",
                "COMPLAINTS_SUPERVISION_LEVELS", "2=DIRECTOR")).monitor();
        assertThat(set.enabled()).isFalse();
        assertThat(set.batchSize()).isEqualTo(50);
        assertThat(set.alertHours()).isEqualTo(org.complaintdesk.domain.deadline.AlertHours.office(
                java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30)));
        assertThat(set.supervision().urgesBeforeSupervision()).isEqualTo(5);
        assertThat(set.supervision().onBreach()).isFalse();
        assertThat(set.supervision().levelFor(org.complaintdesk.domain.complaint.Severity.LEVEL_2))
                .isEqualTo(org.complaintdesk.domain.organisation.Role.DIRECTOR);
        assertThat(set.supervision().levelFor(org.complaintdesk.domain.complaint.Severity.LEVEL_1))
                .isEqualTo(org.complaintdesk.domain.organisation.Role.DIRECTOR);
    }

    @Test
    void bad_monitor_settings_are_reported_with_the_rest() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_ALERT_HOURS", "late",
                "COMPLAINTS_SUPERVISION_LEVELS", "1=HANDLER", "COMPLAINTS_SUPERVISION_ON_BREACH", "maybe")))
                .hasMessageContaining("COMPLAINTS_ALERT_HOURS")
                .hasMessageContaining("COMPLAINTS_SUPERVISION_LEVELS")
                .hasMessageContaining("COMPLAINTS_SUPERVISION_ON_BREACH");
    }

    @Test
    void server_limits_default_to_safe_values_and_each_can_be_set() {
        assertThat(Config.fromEnvironment(Map.of()).serverLimits()).isEqualTo(ServerLimits.DEFAULTS);

        ServerLimits limits = Config.fromEnvironment(Map.of(
                "COMPLAINTS_MAX_CONNECTIONS", "50",
                "COMPLAINTS_MAX_CONCURRENT_STREAMS", "20",
                "COMPLAINTS_MAX_INBOUND_MESSAGE_BYTES", "1048576",
                "COMPLAINTS_MAX_HEADER_LIST_BYTES", "8192",
                "COMPLAINTS_PERMIT_KEEPALIVE_SECONDS", "300",
                "COMPLAINTS_MAX_CONNECTION_IDLE_SECONDS", "600",
                "COMPLAINTS_MAX_CONNECTION_AGE_SECONDS", "3600",
                "COMPLAINTS_MAX_CONNECTION_AGE_GRACE_SECONDS", "10",
                "COMPLAINTS_MAX_CALLS_PER_CALLER", "4")).serverLimits();

        assertThat(limits).isEqualTo(new ServerLimits(50, 20, 1_048_576, 8_192, Duration.ofSeconds(300),
                Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofSeconds(10), 4));
    }

    @Test
    void a_server_limit_of_zero_is_refused() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                "COMPLAINTS_MAX_CONCURRENT_STREAMS", "0", "COMPLAINTS_MAX_CALLS_PER_CALLER", "-1")))
                .hasMessageContaining("COMPLAINTS_MAX_CONCURRENT_STREAMS must be between 1 and 10000")
                .hasMessageContaining("COMPLAINTS_MAX_CALLS_PER_CALLER");
    }

    @Test
    void the_public_view_allows_5_wrong_codes_a_ticket_and_200_a_portal_an_hour_unless_configured_otherwise() {
        assertThat(Config.fromEnvironment(Map.of()).publicView())
                .isEqualTo(new PublicViewLimits(Duration.ofHours(1), 5, 200));
        assertThat(Config.fromEnvironment(Map.of(
                "COMPLAINTS_PUBLIC_VIEW_WINDOW_SECONDS", "900",
                "COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_TICKET", " 3 ",
                "COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_CALLER", "50")).publicView())
                .isEqualTo(new PublicViewLimits(Duration.ofMinutes(15), 3, 50));
    }

    @Test
    void bad_public_view_limits_are_reported_by_name_with_the_rest() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                "COMPLAINTS_PUBLIC_VIEW_WINDOW_SECONDS", "0",
                "COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_TICKET", "many",
                "COMPLAINTS_PORT", "http")))
                .hasMessageContaining("COMPLAINTS_PUBLIC_VIEW_WINDOW_SECONDS must be between 1 and 604800")
                .hasMessageContaining("COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_TICKET")
                .hasMessageContaining("COMPLAINTS_PORT");
    }

    @Test
    void a_portal_limit_below_the_ticket_limit_is_refused() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                "COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_TICKET", "10",
                "COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_CALLER", "9")))
                .hasMessageContaining("COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_CALLER (9) must be at least "
                        + "COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_TICKET (10)");
    }

    @Test
    void an_instance_holds_1000_connections_unless_configured_otherwise() {
        assertThat(Config.fromEnvironment(Map.of()).serverLimits().maxConnections()).isEqualTo(1_000);
        assertThat(Config.fromEnvironment(Map.of("COMPLAINTS_MAX_CONNECTIONS", " 2 ")).serverLimits().maxConnections())
                .isEqualTo(2);
    }

    @Test
    void a_connection_cap_that_is_not_a_positive_whole_number_is_refused_by_name() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_MAX_CONNECTIONS", "0")))
                .hasMessageContaining("COMPLAINTS_MAX_CONNECTIONS must be between 1 and 1000000");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_MAX_CONNECTIONS", "many")))
                .hasMessageContaining("COMPLAINTS_MAX_CONNECTIONS must be a whole number");
    }

    @Test
    void an_external_database_without_keysets_for_the_personal_data_is_refused() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_DB_URL", "jdbc:postgresql://db:5432/complaints")))
                .hasMessageContaining("COMPLAINTS_DATA_KEYS_FILE and COMPLAINTS_DATA_INDEX_KEYS_FILE must name the keyset files");
    }

    @Test
    void the_two_keyset_files_are_named_together_and_must_be_readable(@TempDir Path directory) throws Exception {
        Path sealing = directory.resolve("sealing.json");
        Path index = directory.resolve("index.json");
        PersonalDataKeys.generate().writeTo(sealing, index);

        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_DATA_KEYS_FILE", sealing.toString())))
                .hasMessageContaining("must be set together");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_DATA_KEYS_FILE", sealing.toString(),
                "COMPLAINTS_DATA_INDEX_KEYS_FILE", directory.resolve("missing.json").toString())))
                .hasMessageContaining("COMPLAINTS_DATA_INDEX_KEYS_FILE names a file that does not exist");
        Config config = Config.fromEnvironment(Map.of("COMPLAINTS_DB_URL", "jdbc:postgresql://db:5432/complaints",
                "COMPLAINTS_DATA_KEYS_FILE", sealing.toString(), "COMPLAINTS_DATA_INDEX_KEYS_FILE", index.toString(),
                "COMPLAINTS_OIDC_ISSUER", "https://login.gridco.example/realms/complaints"));
        assertThat(config.personalData().sealingKeysFile()).contains(sealing);
        assertThat(config.personalData().indexKeysFile()).contains(index);
    }

    @Test
    void the_embedded_mode_generates_development_keysets_into_the_data_directory_once(@TempDir Path dataDir) {
        Config config = Config.fromEnvironment(Map.of("COMPLAINTS_DATA_DIR", dataDir.toString()));

        var first = new PersonalDataCipher(config.personalData().keys(config.dataDirectory()));
        var second = new PersonalDataCipher(config.personalData().keys(config.dataDirectory()));

        assertThat(dataDir.resolve("keys").resolve(PersonalDataKeys.SEALING_FILE)).isRegularFile();
        assertThat(dataDir.resolve("keys").resolve(PersonalDataKeys.INDEX_FILE)).isRegularFile();
        assertThat(second.sealingKeyId()).isEqualTo(first.sealingKeyId());
    }

    @Test
    void metrics_and_probes_are_served_on_port_8081_and_read_the_register_every_30_seconds_by_default() {
        AdminSettings admin = Config.fromEnvironment(Map.of()).admin();

        assertThat(admin.enabled()).isTrue();
        assertThat(admin.port()).hasValue(8081);
        assertThat(admin.figuresRefresh()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void the_admin_port_can_be_moved_set_to_any_free_port_or_turned_off() {
        assertThat(Config.fromEnvironment(Map.of("COMPLAINTS_ADMIN_PORT", "9464")).admin().port()).hasValue(9464);
        assertThat(Config.fromEnvironment(Map.of("COMPLAINTS_ADMIN_PORT", "0")).admin().port()).hasValue(0);
        AdminSettings off = Config.fromEnvironment(Map.of("COMPLAINTS_ADMIN_PORT", " OFF ",
                "COMPLAINTS_METRICS_REFRESH_SECONDS", "5")).admin();
        assertThat(off.enabled()).isFalse();
        assertThat(off.figuresRefresh()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_bad_admin_port_or_refresh_interval_is_reported_by_name_with_the_rest() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_ADMIN_PORT", "no",
                "COMPLAINTS_METRICS_REFRESH_SECONDS", "0", "COMPLAINTS_PORT", "-1")))
                .hasMessageContaining("COMPLAINTS_ADMIN_PORT must be a port number (0 for any free port) or off")
                .hasMessageContaining("COMPLAINTS_METRICS_REFRESH_SECONDS must be between 1 and 3600")
                .hasMessageContaining("COMPLAINTS_PORT must be between 0 and 65535");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_ADMIN_PORT", "65536")))
                .hasMessageContaining("COMPLAINTS_ADMIN_PORT must be a port number");
    }

    @Test
    void without_an_otlp_endpoint_no_span_is_exported() {
        assertThat(Config.fromEnvironment(Map.of()).tracing().exporting()).isFalse();
        assertThat(Config.fromEnvironment(Map.of("OTEL_SERVICE_NAME", "complaintdesk-east",
                "OTEL_TRACES_SAMPLER", "always_on")).tracing().exporting()).isFalse();
    }

    @Test
    void an_otlp_endpoint_for_every_signal_or_for_traces_turns_the_export_on_unless_the_sdk_or_the_exporter_is_off() {
        assertThat(Config.fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"))
                .tracing().exporting()).isTrue();
        assertThat(Config.fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://collector/v1/traces"))
                .tracing().exporting()).isTrue();
        assertThat(Config.fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "OTEL_SDK_DISABLED", "true")).tracing().exporting()).isFalse();
        assertThat(Config.fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "OTEL_TRACES_EXPORTER", "none")).tracing().exporting()).isFalse();
    }

    @Test
    void broken_tracing_settings_are_refused_together_by_name() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc",
                "OTEL_TRACES_SAMPLER", "sometimes",
                "OTEL_TRACES_SAMPLER_ARG", "2")))
                .hasMessageContaining("OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL")
                .hasMessageContaining("OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf")
                .hasMessageContaining("OTEL_TRACES_SAMPLER must be one of")
                .hasMessageContaining("OTEL_TRACES_SAMPLER_ARG must be a number between 0 and 1");
    }

    @Test
    void without_a_templates_file_the_shipped_notices_are_in_effect_with_sms_of_three_segments() {
        Config config = Config.fromEnvironment(Map.of());

        assertThat(config.noticeTemplates().smsLimit()).isEqualTo(SmsLimit.DEFAULT);
        assertThat(config.noticeTemplates().forUnit(new OrgUnitId("gridco"), NoticeKind.ACCEPTANCE, NoticeChannel.SMS)
                .text()).startsWith("您的投诉已受理");
        assertThat(config.noticeTemplates().describe()).contains("18 (0 from the templates file)");
    }

    @Test
    void a_templates_file_lays_a_units_own_notices_over_the_shipped_ones(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("notices.txt"), """
                # the east region names itself
                gridco/east ACCEPTANCE SMS 国网东区已受理您的投诉，工单号{ticket_number}，{reply_due}前答复。
                """);
        Config config = Config.fromEnvironment(Map.of("COMPLAINTS_NOTICE_TEMPLATES_FILE", file.toString(),
                "COMPLAINTS_NOTICE_SMS_SEGMENTS", "4"));

        var templates = config.noticeTemplates();
        assertThat(templates.smsLimit().characters()).isEqualTo(268);
        assertThat(templates.forUnit(new OrgUnitId("gridco/east/cs"), NoticeKind.ACCEPTANCE, NoticeChannel.SMS).text())
                .startsWith("国网东区");
        assertThat(templates.forUnit(new OrgUnitId("gridco/west"), NoticeKind.ACCEPTANCE, NoticeChannel.SMS).text())
                .startsWith("您的投诉已受理");
    }

    @Test
    void a_bad_template_stops_the_start_naming_its_line_along_with_the_other_problems(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("notices.txt"), """
                # fine
                * REPLY SMS 已答复{ticket_number}，{review_until}前可申请复查。
                * ACCEPTANCE SMS 已受理{ticket_number}，尊敬的{complainant_name}
                """);

        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_NOTICE_TEMPLATES_FILE", file.toString(),
                "COMPLAINTS_PORT", "http")))
                .hasMessageContaining("COMPLAINTS_NOTICE_TEMPLATES_FILE " + file + " has bad templates")
                .hasMessageContaining("line 3: {complainant_name} is no placeholder")
                .hasMessageContaining("line 3: the ACCEPTANCE notice must use {reply_due}")
                .hasMessageContaining("COMPLAINTS_PORT");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_NOTICE_TEMPLATES_FILE",
                dir.resolve("missing.txt").toString(), "COMPLAINTS_NOTICE_SMS_SEGMENTS", "1")))
                .hasMessageContaining("COMPLAINTS_NOTICE_TEMPLATES_FILE cannot be read")
                .hasMessageContaining("COMPLAINTS_NOTICE_SMS_SEGMENTS must be between 2 and 10");
    }

    @Test
    void a_template_file_written_for_more_segments_is_refused_when_fewer_are_configured(@TempDir Path dir)
            throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("notices.txt"),
                "* ACCEPTANCE SMS " + "请您耐心等待".repeat(20) + "{ticket_number}{reply_due}\n");

        assertThat(Config.fromEnvironment(Map.of("COMPLAINTS_NOTICE_TEMPLATES_FILE", file.toString(),
                "COMPLAINTS_NOTICE_SMS_SEGMENTS", "3")).noticeTemplates().describe()).contains("1 from the templates file");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_NOTICE_TEMPLATES_FILE", file.toString(),
                "COMPLAINTS_NOTICE_SMS_SEGMENTS", "2")))
                .hasMessageContaining("line 1: its longest SMS has 153 characters");
    }

    @Test
    void without_brokers_events_are_not_published_to_kafka() {
        KafkaSettings kafka = Config.fromEnvironment(Map.of()).kafka();

        assertThat(kafka.enabled()).isFalse();
        assertThat(kafka.topic()).isEqualTo("complaintdesk.events.v1");
    }

    @Test
    void kafka_is_configured_by_its_brokers_a_topic_and_a_client_properties_file_whose_secrets_are_never_printed(
            @TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("kafka.properties"), """
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="desk" password="k4fka-s3cret";
                compression.type=zstd
                """);

        KafkaSettings kafka = Config.fromEnvironment(Map.of(
                "COMPLAINTS_KAFKA_BOOTSTRAP_SERVERS", "kafka-1.gridco.example:9093, kafka-2.gridco.example:9093",
                "COMPLAINTS_KAFKA_TOPIC", "gridco.complaints.events",
                "COMPLAINTS_KAFKA_PROPERTIES_FILE", file.toString(),
                "COMPLAINTS_KAFKA_SEND_TIMEOUT_MS", "10000",
                "COMPLAINTS_KAFKA_BATCH_SIZE", "200",
                "COMPLAINTS_KAFKA_POLL_MS", "20")).kafka();

        assertThat(kafka.enabled()).isTrue();
        assertThat(kafka.bootstrapServers()).hasValue("kafka-1.gridco.example:9093, kafka-2.gridco.example:9093");
        assertThat(kafka.topic()).isEqualTo("gridco.complaints.events");
        assertThat(kafka.clientSettings()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("compression.type", "zstd").containsKey("sasl.jaas.config");
        assertThat(kafka.sendTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(kafka.batchSize()).isEqualTo(200);
        assertThat(kafka.idlePoll()).isEqualTo(Duration.ofMillis(20));
        assertThat(kafka.toString()).contains("sasl.jaas.config").doesNotContain("k4fka-s3cret");
    }

    @Test
    void kafka_settings_are_refused_together_with_every_broken_rule(@TempDir Path dir) throws Exception {
        Path weakening = java.nio.file.Files.writeString(dir.resolve("kafka.properties"), """
                acks=1
                enable.idempotence=false
                ssl.truststore.location=/etc/kafka/truststore.p12
                """);

        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(
                "COMPLAINTS_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9093,kafka-2",
                "COMPLAINTS_KAFKA_TOPIC", "complaint events",
                "COMPLAINTS_KAFKA_PROPERTIES_FILE", weakening.toString(),
                "COMPLAINTS_KAFKA_SEND_TIMEOUT_MS", "10",
                "COMPLAINTS_KAFKA_BATCH_SIZE", "0")))
                .hasMessageContaining("COMPLAINTS_KAFKA_BOOTSTRAP_SERVERS must list host:port pairs")
                .hasMessageContaining("COMPLAINTS_KAFKA_TOPIC must be a Kafka topic name")
                .hasMessageContaining("COMPLAINTS_KAFKA_PROPERTIES_FILE sets acks, enable.idempotence, which the service sets itself")
                .hasMessageContaining("COMPLAINTS_KAFKA_SEND_TIMEOUT_MS must be between 1000 and 600000")
                .hasMessageContaining("COMPLAINTS_KAFKA_BATCH_SIZE must be between 1 and 10000");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9093",
                "COMPLAINTS_KAFKA_PROPERTIES_FILE", dir.resolve("missing.properties").toString())))
                .hasMessageContaining("COMPLAINTS_KAFKA_PROPERTIES_FILE cannot be read");
    }

    @Test
    void a_kafka_topic_without_brokers_is_refused_rather_than_silently_publishing_nothing() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_KAFKA_TOPIC", "gridco.complaints.events")))
                .hasMessageContaining("COMPLAINTS_KAFKA_TOPIC is set but COMPLAINTS_KAFKA_BOOTSTRAP_SERVERS is not");
    }

    @Test
    void notices_are_signed_by_the_complaint_centre_on_12345_and_confirmed_within_half_an_hour_unless_configured() {
        Config defaults = Config.fromEnvironment(Map.of());
        assertThat(defaults.noticeSenders().forUnit(new OrgUnitId("gridco/east"))).isEqualTo(NoticeSenders.DEFAULT);
        assertThat(defaults.noticeConfirmWithin()).isEqualTo(Duration.ofMinutes(30));

        Config own = Config.fromEnvironment(Map.of("COMPLAINTS_NOTICE_SENDERS", "*=国网客服中心:95598,gridco/east=东区供电:95598",
                "COMPLAINTS_NOTICE_CONFIRM_MINUTES", "90"));
        assertThat(own.noticeSenders().forUnit(new OrgUnitId("gridco/east/cs")).unitName()).isEqualTo("东区供电");
        assertThat(own.noticeSenders().forUnit(new OrgUnitId("water")).unitName()).isEqualTo("国网客服中心");
        assertThat(own.noticeConfirmWithin()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void bad_notice_senders_and_confirmation_time_are_refused_with_the_other_problems() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_NOTICE_SENDERS", "gridco=东区供电",
                "COMPLAINTS_NOTICE_CONFIRM_MINUTES", "0", "COMPLAINTS_PORT", "http")))
                .hasMessageContaining("COMPLAINTS_NOTICE_SENDERS must read org-unit=name:hotline")
                .hasMessageContaining("entry 1")
                .hasMessageContaining("COMPLAINTS_NOTICE_CONFIRM_MINUTES must be between 1 and 10080")
                .hasMessageContaining("COMPLAINTS_PORT");
    }

    @Test
    void without_a_warning_rules_file_the_shipped_rules_are_evaluated_every_minute() {
        Config config = Config.fromEnvironment(Map.of());

        assertThat(config.warnings().rules()).extracting(org.complaintdesk.application.warning.WarningRule::name)
                .containsExactly("topic-surge", "department-satisfaction", "late-replies");
        assertThat(config.warnings().interval()).isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(config.warnings().enabled()).isTrue();
    }

    @Test
    void a_warning_rules_file_replaces_the_shipped_rules(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("warnings.txt"), """
                gas-calls metric=received domain=gas scope=unit:2 window=2h threshold=>=5
                """);
        Config config = Config.fromEnvironment(Map.of("COMPLAINTS_WARNING_RULES_FILE", file.toString(),
                "COMPLAINTS_WARNING_INTERVAL_MS", "0"));

        assertThat(config.warnings().rules()).extracting(org.complaintdesk.application.warning.WarningRule::name)
                .containsExactly("gas-calls");
        assertThat(config.warnings().enabled()).isFalse();
    }

    @Test
    void a_bad_warning_rule_stops_the_start_naming_every_broken_rule_and_its_line(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("warnings.txt"), """
                # fine
                fine metric=received scope=unit:0 window=24h threshold=>=10
                unhappy metric=satisfaction scope=department:0 window=month threshold=<85
                late metric=late-replies scope=unit:0 window=fortnight threshold=>5%
                """);

        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("COMPLAINTS_WARNING_RULES_FILE", file.toString(),
                "COMPLAINTS_WARNING_INTERVAL_MS", "-1")))
                .hasMessageContaining("COMPLAINTS_WARNING_RULES_FILE " + file + " has bad rules")
                .hasMessageContaining("line 3.threshold")
                .hasMessageContaining("line 4.window")
                .hasMessageNotContaining("line 2.")
                .hasMessageContaining("COMPLAINTS_WARNING_INTERVAL_MS must be between 0 and 86400000");
    }
}
