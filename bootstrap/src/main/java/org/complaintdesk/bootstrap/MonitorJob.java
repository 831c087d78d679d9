package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.complaintdesk.application.deadline.ClockMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Runs the clock monitor in the background, one pass at a time with a pause between passes. Every
 * instance may run one: they share the work through the database's row locks.
 */
final class MonitorJob implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MonitorJob.class);

    private final ScheduledExecutorService scheduler;
    private final FailureRun failures = new FailureRun(log, Level.ERROR, "clock monitor pass");

    MonitorJob(Supplier<ClockMonitor.Pass> passes, Duration interval) {
        this.scheduler = BackgroundJobs.scheduler("clock-monitor");
        scheduler.scheduleWithFixedDelay(() -> pass(passes), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void pass(Supplier<ClockMonitor.Pass> passes) {
        try {
            ClockMonitor.Pass pass = passes.get();
            if (pass.attended().complaints() > 0 || pass.alertsDelivered() > 0 || pass.noticesUnconfirmed() > 0) {
                log.debug("clock monitor: {} complaints, {} alerts recorded, {} steps, {} alerts delivered, "
                                + "{} notices unconfirmed", pass.attended().complaints(), pass.attended().alertsRecorded(),
                        pass.attended().steps(), pass.alertsDelivered(), pass.noticesUnconfirmed());
            }
            failures.succeeded();
        } catch (RuntimeException e) {
            // A failed pass (the database away) is tried again at the next; the job must not die.
            failures.failed(e);
        }
    }

    /** Stops after the pass in progress, if any. */
    @Override
    public void close() {
        BackgroundJobs.stop(scheduler);
    }
}
