package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.statistics.FactFold;
import org.complaintdesk.adapters.postgres.statistics.PostgresStatisticsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Keeps the statistics close to the writes, off their path: folds the complaints' changes from the
 * outbox into their facts (V19) every {@link #FACT_INTERVAL}, so that a question has little left
 * to fold itself, and the rollup's appended changes into it (V17) every {@link #INTERVAL}, so that
 * a question adds few of them. Every instance may run one: only one folds at a time, the others
 * skip.
 */
final class RollupJob implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofSeconds(5);
    static final Duration FACT_INTERVAL = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(RollupJob.class);

    private final ScheduledExecutorService scheduler;
    private final FailureRun factFailures = new FailureRun(log, Level.ERROR, "statistics fact fold");
    private final FailureRun rollupFailures = new FailureRun(log, Level.ERROR, "statistics rollup fold");

    RollupJob(PostgresStatisticsStore store, Duration interval, Duration factInterval) {
        this.scheduler = BackgroundJobs.scheduler("statistics-rollup");
        scheduler.scheduleWithFixedDelay(() -> foldFacts(store), factInterval.toMillis(), factInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> pass(store), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void foldFacts(PostgresStatisticsStore store) {
        try {
            // A full batch means more are waiting: fold them now rather than after the pause.
            while (store.foldFacts() == FactFold.BATCH) {
                log.debug("statistics facts: a full batch folded, folding the next");
            }
            factFailures.succeeded();
        } catch (RuntimeException e) {
            // The outbox keeps the changes; the next pass, or the next question, folds them.
            factFailures.failed(e);
        }
    }

    private void pass(PostgresStatisticsStore store) {
        try {
            store.compactRollup();
            rollupFailures.succeeded();
        } catch (RuntimeException e) {
            // The changes stay appended and count meanwhile; the next pass folds them.
            rollupFailures.failed(e);
        }
    }

    /** Stops after the fold in progress, if any. */
    @Override
    public void close() {
        BackgroundJobs.stop(scheduler);
    }
}
