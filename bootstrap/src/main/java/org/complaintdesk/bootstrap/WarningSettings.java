package org.complaintdesk.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintdesk.application.warning.ShippedWarningRules;
import org.complaintdesk.application.warning.WarningRule;
import org.complaintdesk.application.warning.WarningRuleText;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The early-warning rules (the shipped ones, or a file's that replace them) and how often each
 * instance evaluates them; an interval of zero evaluates none (the list still answers).
 */
public record WarningSettings(List<WarningRule> rules, Duration interval) {
    static final String RULES_FILE = "COMPLAINTS_WARNING_RULES_FILE";
    static final String INTERVAL = "COMPLAINTS_WARNING_INTERVAL_MS";
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    /** The shipped rules, never evaluated: for instances (and tests) that only serve calls. */
    public static final WarningSettings OFF = new WarningSettings(ShippedWarningRules.rules(), Duration.ZERO);

    public WarningSettings {
        rules = List.copyOf(rules);
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the interval must not be negative");
        }
    }

    /** The rules of {@code text} ({@link WarningRuleText}), evaluated every {@code interval}. */
    public static WarningSettings every(Duration interval, String text) {
        return new WarningSettings(WarningRuleText.parse(text), interval);
    }

    public boolean enabled() {
        return !interval.isZero() && !rules.isEmpty();
    }

    /** The settings of the environment; every problem is added to {@code problems}, each bad rule with its line. */
    static WarningSettings read(Map<String, String> env, List<String> problems) {
        int intervalMs = Config.intSetting(env, INTERVAL, (int) DEFAULT_INTERVAL.toMillis(), 0, 86_400_000, problems);
        List<WarningRule> rules = ShippedWarningRules.rules();
        String file = env.get(RULES_FILE);
        if (file != null && !file.isBlank()) {
            try {
                // An empty file is allowed: it switches early warning off on purpose.
                rules = WarningRuleText.parse(Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8));
            } catch (IOException | InvalidPathException e) {
                problems.add(RULES_FILE + " cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            } catch (InvalidValueException e) {
                problems.add(RULES_FILE + " " + file.strip() + " has bad rules: " + e.getMessage());
            }
        }
        return new WarningSettings(rules, Duration.ofMillis(intervalMs));
    }

    @Override
    public String toString() {
        return "WarningSettings[" + rules.size() + " rules, every " + interval + "]";
    }
}
