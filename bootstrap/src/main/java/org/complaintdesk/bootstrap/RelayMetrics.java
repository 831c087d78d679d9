package org.complaintdesk.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.complaintdesk.application.port.out.EventLog;

/**
 * What a relay of the outbox does: its passes timed by outcome, the events it published, and the
 * position its cursor reached (compare with the outbox's last position for its lag). The relay's
 * name is configuration (one per publisher), so it is a bounded label.
 */
final class RelayMetrics {
    static final String PASS = "complaintdesk.relay.pass";

    private final Timer passed;
    private final Timer failed;
    private final Counter published;
    private final AtomicLong position = new AtomicLong();

    RelayMetrics(MeterRegistry registry, String relay) {
        this.passed = pass(registry, relay, "ok");
        this.failed = pass(registry, relay, "failed");
        this.published = Counter.builder("complaintdesk.relay.events").tag("relay", relay)
                .description("Events the relay published (a batch offered again counts again)").register(registry);
        Gauge.builder("complaintdesk.relay.position", position, AtomicLong::get).tag("relay", relay)
                .description("The outbox position up to which the relay has published").register(registry);
    }

    private static Timer pass(MeterRegistry registry, String relay, String outcome) {
        return Timer.builder(PASS).tag("relay", relay).tag("outcome", outcome)
                .description("How long a pass of the relay took, publishing included").register(registry);
    }

    /** Runs the pass, timing it and counting what it published; a failed pass is timed as one and thrown on. */
    EventLog.RelayPass record(Supplier<EventLog.RelayPass> pass) {
        long start = System.nanoTime();
        EventLog.RelayPass result;
        try {
            result = pass.get();
        } catch (RuntimeException e) {
            failed.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            throw e;
        }
        passed.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        published.increment(result.published());
        if (result.held()) {
            position.set(result.position());
        }
        return result;
    }
}
