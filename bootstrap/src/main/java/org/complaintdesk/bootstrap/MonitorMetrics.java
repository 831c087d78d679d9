package org.complaintdesk.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.complaintdesk.application.deadline.ClockMonitor;
import org.complaintdesk.application.port.out.ClockWatch;

/**
 * What the clock monitor's passes did on this instance: how long each took, and the complaints,
 * warnings, breaches, escalations, steps and deliveries they counted. Every instance counts its
 * own share; Prometheus sums them.
 */
final class MonitorMetrics {
    static final String PASS = "complaintdesk.monitor.pass";

    private final Timer passed;
    private final Timer failed;
    private final Counter complaints;
    private final Counter warnings;
    private final Counter breaches;
    private final Counter steps;
    private final Counter escalations;
    private final Counter delivered;
    private final Counter unconfirmed;

    MonitorMetrics(MeterRegistry registry) {
        this.passed = pass(registry, "ok");
        this.failed = pass(registry, "failed");
        this.complaints = Counter.builder("complaintdesk.monitor.complaints.attended")
                .description("Complaints the clock monitor looked at").register(registry);
        this.warnings = Counter.builder("complaintdesk.monitor.alerts.recorded").tag("kind", "warning")
                .description("Warnings and breaches the clock monitor recorded, each once").register(registry);
        this.breaches = Counter.builder("complaintdesk.monitor.alerts.recorded").tag("kind", "breach")
                .description("Warnings and breaches the clock monitor recorded, each once").register(registry);
        this.steps = Counter.builder("complaintdesk.monitor.steps")
                .description("Steps the clock monitor took: escalations and notes of re-timed clocks").register(registry);
        this.escalations = Counter.builder("complaintdesk.monitor.escalations")
                .description("Complaints the clock monitor escalated to a supervisor or director").register(registry);
        this.delivered = Counter.builder("complaintdesk.monitor.alerts.delivered")
                .description("Alerts passed on to the notifier").register(registry);
        this.unconfirmed = Counter.builder("complaintdesk.monitor.notices.unconfirmed")
                .description("Notices to complainants no gateway confirmed in time, noted and alerted").register(registry);
    }

    private static Timer pass(MeterRegistry registry, String outcome) {
        return Timer.builder(PASS).tag("outcome", outcome)
                .description("How long a pass of the clock monitor took").register(registry);
    }

    /** Runs the pass, timing it and counting what it did; a failed pass is timed as one and thrown on. */
    ClockMonitor.Pass record(Supplier<ClockMonitor.Pass> pass) {
        long start = System.nanoTime();
        ClockMonitor.Pass result;
        try {
            result = pass.get();
        } catch (RuntimeException e) {
            failed.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            throw e;
        }
        passed.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        ClockWatch.Tally tally = result.attended();
        complaints.increment(tally.complaints());
        warnings.increment(tally.warningsRecorded());
        breaches.increment(tally.breachesRecorded());
        steps.increment(tally.steps());
        escalations.increment(tally.escalations());
        delivered.increment(result.alertsDelivered());
        unconfirmed.increment(result.noticesUnconfirmed());
        return result;
    }
}
