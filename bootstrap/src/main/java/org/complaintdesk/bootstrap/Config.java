package org.complaintdesk.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's settings, read from environment variables. With no database URL the service
 * runs its own embedded PostgreSQL in the data directory.
 */
public record Config(
        int port,
        Optional<ExternalDatabase> externalDatabase,
        Path dataDirectory,
        ZoneId zone,
        int poolSize,
        Duration shutdownGrace) {

    /** Connection settings of a PostgreSQL the operator runs. */
    public record ExternalDatabase(String url, String user, String password) {
        @Override
        public String toString() {
            return "ExternalDatabase[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    public static final int DEFAULT_PORT = 50051;

    public static Config fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int port = intSetting(env, "COMPLAINTS_PORT", DEFAULT_PORT, 0, 65535, problems);
        int poolSize = intSetting(env, "COMPLAINTS_DB_POOL_SIZE", 16, 1, 500, problems);
        int graceSeconds = intSetting(env, "COMPLAINTS_SHUTDOWN_GRACE_SECONDS", 20, 0, 3600, problems);

        Optional<ExternalDatabase> external = Optional.empty();
        String url = env.get("COMPLAINTS_DB_URL");
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) {
                problems.add("COMPLAINTS_DB_URL must be a jdbc:postgresql: URL");
            }
            external = Optional.of(new ExternalDatabase(url,
                    env.getOrDefault("COMPLAINTS_DB_USER", "postgres"),
                    env.getOrDefault("COMPLAINTS_DB_PASSWORD", "")));
        }

        Path dataDir = Optional.ofNullable(env.get("COMPLAINTS_DATA_DIR")).filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".complaintdesk"));

        ZoneId zone = ZoneId.of("Asia/Shanghai");
        String zoneName = env.get("COMPLAINTS_TIME_ZONE");
        if (zoneName != null && !zoneName.isBlank()) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (java.time.DateTimeException e) {
                problems.add("COMPLAINTS_TIME_ZONE is not a time zone id: " + zoneName);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad configuration: " + String.join("; ", problems));
        }
        return new Config(port, external, dataDir.toAbsolutePath(), zone, poolSize, Duration.ofSeconds(graceSeconds));
    }

    private static int intSetting(Map<String, String> env, String name, int fallback, int min, int max, List<String> problems) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                problems.add(name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number");
            return fallback;
        }
    }
}
