package org.complaintdesk.bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the service writes its log, set by {@code COMPLAINTS_LOG_FORMAT}: {@code plain} lines for
 * people (the default) or {@code json}, one object a line, for log shippers. Logback reads the
 * variable itself, through {@link LogFormatDefiner}, as it starts; {@link Config} refuses a bad
 * value, as it does {@code COMPLAINTS_LOG_LEVEL}, which logback would silently read as DEBUG.
 */
public enum LogFormat {
    PLAIN, JSON;

    static final String FORMAT_VARIABLE = "COMPLAINTS_LOG_FORMAT";
    static final String LEVEL_VARIABLE = "COMPLAINTS_LOG_LEVEL";
    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    /** The name of this format's file under logging/ in the resources, which logback.xml includes. */
    String resourceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named by {@code raw}; unset or blank is plain, an unknown name is empty. */
    static Optional<LogFormat> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(PLAIN);
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "plain" -> Optional.of(PLAIN);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    static void check(Map<String, String> env, List<String> problems) {
        if (parse(env.get(FORMAT_VARIABLE)).isEmpty()) {
            problems.add(FORMAT_VARIABLE + " must be plain or json");
        }
        String level = env.get(LEVEL_VARIABLE);
        if (level != null && !LEVELS.contains(level.toUpperCase(Locale.ROOT))) {
            problems.add(LEVEL_VARIABLE + " must be one of TRACE, DEBUG, INFO, WARN, ERROR or OFF");
        }
    }
}
