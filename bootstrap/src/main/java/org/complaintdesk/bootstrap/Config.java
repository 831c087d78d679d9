package org.complaintdesk.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.complaintdesk.application.publicview.PublicViewLimits;
import org.complaintdesk.domain.complaint.ApprovalPolicy;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.notice.NoticeSenders;
import org.complaintdesk.domain.notice.NoticeTemplates;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;

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
        Duration shutdownGrace,
        HandlingPolicy handlingPolicy,
        Duration calendarRefresh,
        DeadlinePolicies deadlinePolicies,
        MonitorSettings monitor,
        ServerLimits serverLimits,
        PersonalDataSettings personalData,
        AuthenticationSettings authentication,
        TlsSettings tls,
        AdminSettings admin,
        TracingSettings tracing,
        NoticeTemplates noticeTemplates,
        NoticeSenders noticeSenders,
        Duration noticeConfirmWithin,
        KafkaSettings kafka,
        PublicViewLimits publicView,
        WarningSettings warnings) {

    /** Connection settings of a PostgreSQL the operator runs. */
    public record ExternalDatabase(String url, String user, String password) {
        @Override
        public String toString() {
            return "ExternalDatabase[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    public static final int DEFAULT_PORT = 50051;
    /** How long an instance may count on a calendar it read before it reads it again, for changes made elsewhere. */
    public static final Duration DEFAULT_CALENDAR_REFRESH = Duration.ofSeconds(60);

    public static Config fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int port = intSetting(env, "COMPLAINTS_PORT", DEFAULT_PORT, 0, 65535, problems);
        int poolSize = intSetting(env, "COMPLAINTS_DB_POOL_SIZE", 16, 1, 500, problems);
        int graceSeconds = intSetting(env, "COMPLAINTS_SHUTDOWN_GRACE_SECONDS", 20, 0, 3600, problems);
        int calendarRefreshSeconds = intSetting(env, "COMPLAINTS_CALENDAR_REFRESH_SECONDS",
                (int) DEFAULT_CALENDAR_REFRESH.toSeconds(), 1, 86_400, problems);

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
        HandlingPolicy handling = handlingPolicy(env, problems);
        DeadlinePolicies deadlines = DeadlineSettings.read(env, problems);
        MonitorSettings monitor = MonitorSettings.read(env, problems);
        ServerLimits serverLimits = ServerLimits.read(env, problems);
        PersonalDataSettings personalData = PersonalDataSettings.read(env, external.isPresent(), problems);
        AuthenticationSettings authentication = AuthenticationSettings.read(env, external.isPresent(), problems);
        TlsSettings tls = TlsSettings.read(env, problems);
        // Logback has read these already; a bad value is refused here with the rest.
        LogFormat.check(env, problems);
        AdminSettings admin = AdminSettings.read(env, problems);
        TracingSettings tracing = TracingSettings.read(env, problems);
        NoticeTemplates notices = NoticeSettings.read(env, problems);
        NoticeSenders senders = NoticeSettings.senders(env, problems);
        Duration confirmWithin = NoticeSettings.confirmWithin(env, problems);
        KafkaSettings kafka = KafkaSettings.read(env, problems);
        PublicViewLimits publicView = PublicViewSettings.read(env, problems);
        WarningSettings warnings = WarningSettings.read(env, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad configuration: " + String.join("; ", problems));
        }
        return new Config(port, external, dataDir.toAbsolutePath(), zone, poolSize, Duration.ofSeconds(graceSeconds),
                handling, Duration.ofSeconds(calendarRefreshSeconds), deadlines, monitor, serverLimits, personalData,
                authentication, tls, admin, tracing, notices, senders, confirmWithin, kafka, publicView, warnings);
    }

    /**
     * The organisation's handling rules; unset variables keep the seed documents' defaults
     * (see {@link HandlingPolicy#defaults()} and {@link ApprovalPolicy#defaults()}).
     */
    private static HandlingPolicy handlingPolicy(Map<String, String> env, List<String> problems) {
        HandlingPolicy defaults = HandlingPolicy.defaults();
        int reviewDays = intSetting(env, "COMPLAINTS_REVIEW_WINDOW_DAYS",
                (int) defaults.reviewWindow().toDays(), 1, 3650, problems);
        int attempts = intSetting(env, "COMPLAINTS_CALLBACK_ATTEMPTS", defaults.callbackAttempts(), 1, 20, problems);

        Set<Severity> severities = new TreeSet<>(defaults.approval().severities());
        String levels = env.get("COMPLAINTS_APPROVAL_SEVERITY_LEVELS");
        if (levels != null) {
            severities.clear();
            for (String level : items(levels)) {
                try {
                    severities.add(Severity.ofNumber(Integer.parseInt(level)));
                } catch (IllegalArgumentException e) {
                    problems.add("COMPLAINTS_APPROVAL_SEVERITY_LEVELS must list levels 1, 2 or 3, comma-separated");
                }
            }
        }
        boolean remedies = defaults.approval().monetaryRemedies();
        String remedySetting = env.get("COMPLAINTS_APPROVAL_FOR_REMEDIES");
        if (remedySetting != null && !remedySetting.isBlank()) {
            switch (remedySetting.strip()) {
                case "true" -> remedies = true;
                case "false" -> remedies = false;
                default -> problems.add("COMPLAINTS_APPROVAL_FOR_REMEDIES must be true or false");
            }
        }
        Set<OrgUnitId> units = new TreeSet<>(java.util.Comparator.comparing(OrgUnitId::value));
        for (String unit : items(env.getOrDefault("COMPLAINTS_APPROVAL_UNITS", ""))) {
            try {
                units.add(new OrgUnitId(unit));
            } catch (InvalidValueException e) {
                problems.add("COMPLAINTS_APPROVAL_UNITS must list organisation unit codes, comma-separated");
            }
        }
        return new HandlingPolicy(new ApprovalPolicy(severities, remedies, units), Duration.ofDays(reviewDays), attempts);
    }

    private static List<String> items(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static int intSetting(Map<String, String> env, String name, int fallback, int min, int max, List<String> problems) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                problems.add(name + " must be between " + min + " and " + max);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number");
            return fallback;
        }
    }
}
