package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.application.warning.EvaluateWarnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Evaluates the early-warning rules beside the clock monitor, one pass at a time with a pause
 * between passes. Every instance may run one: the store records each crossing once.
 */
final class WarningJob implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WarningJob.class);

    private final ScheduledExecutorService scheduler;
    private final FailureRun failures = new FailureRun(log, Level.ERROR, "early warning pass");

    WarningJob(EvaluateWarnings evaluation, Duration interval) {
        this.scheduler = BackgroundJobs.scheduler("early-warning");
        scheduler.scheduleWithFixedDelay(() -> pass(evaluation), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void pass(EvaluateWarnings evaluation) {
        try {
            EvaluateWarnings.Pass pass = evaluation.run();
            if (pass.raised() > 0) {
                log.info("early warning: {} warnings raised", pass.raised());
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
