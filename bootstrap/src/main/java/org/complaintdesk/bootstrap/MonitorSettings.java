package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintdesk.application.port.out.AlertNotifier;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.deadline.AlertHours;
import org.complaintdesk.domain.deadline.SupervisionPolicy;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * How the clock monitor runs: how often it looks ({@link Duration#ZERO}: not at all, for an
 * instance that only serves calls), how many complaints it takes per transaction, when it
 * escalates, when it passes alerts on, and to whom.
 */
public record MonitorSettings(Duration interval, int batchSize, SupervisionPolicy supervision, AlertHours alertHours,
                              AlertNotifier notifier) {
    static final String INTERVAL = "COMPLAINTS_MONITOR_INTERVAL_MS";
    static final String BATCH = "COMPLAINTS_MONITOR_BATCH_SIZE";
    static final String ALERT_HOURS = "COMPLAINTS_ALERT_HOURS";
    static final String URGES = "COMPLAINTS_SUPERVISION_URGES";
    static final String ON_BREACH = "COMPLAINTS_SUPERVISION_ON_BREACH";
    static final String LEVELS = "COMPLAINTS_SUPERVISION_LEVELS";

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    public static final int DEFAULT_BATCH_SIZE = 500;

    /** No monitor: for instances (and tests) that only serve calls. */
    public static final MonitorSettings OFF = new MonitorSettings(Duration.ZERO, DEFAULT_BATCH_SIZE,
            SupervisionPolicy.defaults(), AlertHours.ALWAYS, new LoggingAlertNotifier());

    public MonitorSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(alertHours, "alertHours");
        Objects.requireNonNull(notifier, "notifier");
        if (interval.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("the interval must not be negative and the batch size must be positive");
        }
    }

    /** A monitor looking every {@code interval} with the default policy, passing alerts to {@code notifier}. */
    public static MonitorSettings every(Duration interval, AlertNotifier notifier) {
        return new MonitorSettings(interval, DEFAULT_BATCH_SIZE, SupervisionPolicy.defaults(), AlertHours.ALWAYS, notifier);
    }

    public boolean enabled() {
        return !interval.isZero();
    }

    /** The settings of the environment; every problem is added to {@code problems}. Alerts go to the log. */
    static MonitorSettings read(Map<String, String> env, List<String> problems) {
        int intervalMs = Config.intSetting(env, INTERVAL, (int) DEFAULT_INTERVAL.toMillis(), 0, 3_600_000, problems);
        int batch = Config.intSetting(env, BATCH, DEFAULT_BATCH_SIZE, 1, 10_000, problems);
        int urges = Config.intSetting(env, URGES, 3, 0, 100, problems);
        boolean onBreach = true;
        String breach = env.get(ON_BREACH);
        if (breach != null && !breach.isBlank()) {
            switch (breach.strip()) {
                case "true" -> onBreach = true;
                case "false" -> onBreach = false;
                default -> problems.add(ON_BREACH + " must be true or false");
            }
        }
        Map<Severity, Role> levels = new EnumMap<>(SupervisionPolicy.defaults().levels());
        String levelText = env.get(LEVELS);
        if (levelText != null && !levelText.isBlank()) {
            for (String item : levelText.split(",")) {
                String[] parts = item.strip().split("=");
                try {
                    levels.put(Severity.ofNumber(Integer.parseInt(parts[0].strip())), Role.valueOf(parts[1].strip()));
                } catch (RuntimeException e) {
                    problems.add(LEVELS + " must read level=ROLE, comma-separated, e.g. 1=DIRECTOR,2=SUPERVISOR");
                    break;
                }
            }
        }
        SupervisionPolicy supervision = SupervisionPolicy.defaults();
        try {
            supervision = new SupervisionPolicy(urges, onBreach, levels);
        } catch (InvalidValueException e) {
            problems.add(LEVELS + ": " + e.getMessage());
        }
        AlertHours hours = AlertHours.ALWAYS;
        try {
            hours = AlertHours.parse(env.get(ALERT_HOURS));
        } catch (InvalidValueException e) {
            problems.add(ALERT_HOURS + " must read HH:MM-HH:MM: " + e.getMessage());
        }
        return new MonitorSettings(Duration.ofMillis(intervalMs), batch, supervision, hours, new LoggingAlertNotifier());
    }
}
