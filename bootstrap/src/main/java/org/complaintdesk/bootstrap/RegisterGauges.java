package org.complaintdesk.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.adapters.postgres.complaint.PostgresRegisterCensus;
import org.complaintdesk.domain.complaint.ComplaintState;

/**
 * Gauges of the whole register, shared by every instance: open complaints per state and the
 * clock monitor's backlog. Each is one indexed query, read at most once per refresh interval.
 */
final class RegisterGauges {
    private RegisterGauges() {
    }

    static void register(MeterRegistry registry, PostgresRegisterCensus census, Clock clock, Duration refresh) {
        var open = new CachedFigure<>("the open complaints by state", census::openByState, refresh);
        for (ComplaintState state : ComplaintState.open()) {
            Gauge.builder("complaintdesk.complaints.open", open,
                            figure -> figure.get().map(counts -> (double) counts.getOrDefault(state, 0L)).orElse(Double.NaN))
                    .tag("state", state.name())
                    .description("Open complaints in the register, by state")
                    .strongReference(true)
                    .register(registry);
        }
        var backlog = new CachedFigure<>("the clock monitor's backlog", () -> Waiting.read(census, clock), refresh);
        Gauge.builder("complaintdesk.monitor.backlog", backlog,
                        figure -> figure.get().map(b -> (double) b.due()).orElse(Double.NaN))
                .description("Complaints whose attention time has come and that no monitor has attended yet")
                .strongReference(true)
                .register(registry);
        Gauge.builder("complaintdesk.monitor.backlog.oldest", backlog,
                        figure -> figure.get().map(Waiting::oldestSeconds).orElse(Double.NaN))
                .baseUnit("seconds")
                .description("How long the longest-waiting complaint of the backlog has waited for the monitor")
                .strongReference(true)
                .register(registry);
    }

    /** The backlog as read: how many wait, and for how long the longest has waited, in seconds. */
    private record Waiting(long due, double oldestSeconds) {
        static Waiting read(PostgresRegisterCensus census, Clock clock) {
            Instant now = clock.instant();
            var backlog = census.monitorBacklog(now);
            return new Waiting(backlog.due(),
                    backlog.oldest().map(oldest -> Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0)).orElse(0.0));
        }
    }
}
