package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The admin HTTP port: Prometheus metrics and the Kubernetes probes, apart from the gRPC port so
 * that a scraper or a kubelet needs neither a token nor TLS. {@code port} empty: no admin port;
 * 0: a free port (tests). {@code figuresRefresh}: how long the figures that cost a query (open
 * complaints by state, the monitor's backlog) are served from memory.
 */
public record AdminSettings(OptionalInt port, Duration figuresRefresh) {
    static final String PORT = "COMPLAINTS_ADMIN_PORT";
    static final String REFRESH = "COMPLAINTS_METRICS_REFRESH_SECONDS";
    /** The value of {@value #PORT} that turns the admin port off. */
    static final String OFF_VALUE = "off";

    public static final int DEFAULT_PORT = 8081;
    public static final Duration DEFAULT_FIGURES_REFRESH = Duration.ofSeconds(30);

    /** No admin port: what the test entry points of {@link ComplaintDesk} use unless told otherwise. */
    public static final AdminSettings OFF = new AdminSettings(OptionalInt.empty(), DEFAULT_FIGURES_REFRESH);

    public AdminSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(figuresRefresh, "figuresRefresh");
        if (port.isPresent() && (port.getAsInt() < 0 || port.getAsInt() > 65535)) {
            throw new IllegalArgumentException("the admin port must be between 0 and 65535");
        }
        if (figuresRefresh.isNegative()) {
            throw new IllegalArgumentException("the figures' refresh interval must not be negative");
        }
    }

    /** An admin port (0: a free one) whose figures are read afresh after {@code figuresRefresh}. */
    public static AdminSettings on(int port, Duration figuresRefresh) {
        return new AdminSettings(OptionalInt.of(port), figuresRefresh);
    }

    public boolean enabled() {
        return port.isPresent();
    }

    /** The settings of the environment; every problem is added to {@code problems}. */
    static AdminSettings read(Map<String, String> env, List<String> problems) {
        int refresh = Config.intSetting(env, REFRESH, (int) DEFAULT_FIGURES_REFRESH.toSeconds(), 1, 3600, problems);
        String raw = env.get(PORT);
        if (raw == null || raw.isBlank()) {
            return new AdminSettings(OptionalInt.of(DEFAULT_PORT), Duration.ofSeconds(refresh));
        }
        if (raw.strip().equalsIgnoreCase(OFF_VALUE)) {
            return new AdminSettings(OptionalInt.empty(), Duration.ofSeconds(refresh));
        }
        int port;
        try {
            port = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            problems.add(PORT + " must be a port number (0 for any free port) or " + OFF_VALUE);
            port = DEFAULT_PORT;
        }
        return new AdminSettings(OptionalInt.of(port), Duration.ofSeconds(refresh));
    }
}
